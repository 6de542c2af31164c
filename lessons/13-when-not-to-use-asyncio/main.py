import asyncio


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count


async def crunch():
    print("crunch: start")
    print(f"crunch: {count_primes(5000)} primes")


async def ping():
    for i in range(3):
        print(f"ping {i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(crunch(), ping())


asyncio.run(main())
