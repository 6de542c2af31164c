# gather() with no arguments is an already finished future holding an empty list.
import asyncio


async def main():
    print(await asyncio.gather())
    jobs = []
    print("empty job list gives", await asyncio.gather(*jobs))
    one = await asyncio.gather(asyncio.sleep(0.1, result="single"))
    print("one job gives", one)


asyncio.run(main())
