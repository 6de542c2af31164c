import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"job {n} failed")
    return n * 10


async def main():
    results = await asyncio.gather(job(1), job(2), job(3), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(job(1), job(2), job(3))
    except ValueError as e:
        print(f"gather raised: {e}")
    await asyncio.sleep(0.2)
    print("end")


asyncio.run(main())
