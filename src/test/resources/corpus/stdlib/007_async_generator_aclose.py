# aclose() stops an async generator early: its `finally` block still runs.
import asyncio


async def ticker(name: str):
    print(f"{name}: open")
    try:
        n = 0
        while True:
            await asyncio.sleep(0.1)
            n += 1
            yield n
    finally:
        print(f"{name}: cleanup")
        await asyncio.sleep(0.1)
        print(f"{name}: closed")


async def main() -> None:
    gen = ticker("A")
    async for tick in gen:
        print("A tick", tick)
        if tick == 3:
            break
    print("after the loop, before aclose")
    await gen.aclose()
    print("aclose done")
    await gen.aclose()
    print("a second aclose is harmless")

    gen2 = ticker("B")
    print(await gen2.asend(None))
    try:
        await gen2.athrow(ValueError("stop now"))
    except ValueError as e:
        print("athrow raised back:", e)


asyncio.run(main())
