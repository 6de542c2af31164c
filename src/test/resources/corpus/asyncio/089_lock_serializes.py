# A Lock lets one task at a time into the critical section; the others wait their turn in order.
import asyncio

lock = asyncio.Lock()
balance = 100


async def withdraw(name, amount):
    global balance
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        current = balance
        await asyncio.sleep(0.1)  # a slow database round-trip inside the critical section
        balance = current - amount
        print(name, "leaves, balance", balance)


async def main():
    await asyncio.gather(withdraw("alice", 30), withdraw("bob", 50), withdraw("carol", 10))
    print("final balance", balance)


asyncio.run(main())
