# wait_for(predicate) loops on wait() until the predicate is true.
import asyncio

stock = 0


async def buyer(cond, wanted):
    async with cond:
        await cond.wait_for(lambda: stock >= wanted)
        print(f"buyer wanting {wanted} proceeds with stock {stock}")


async def restock(cond):
    global stock
    for _ in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            stock += 1
            print("stock now", stock)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(buyer(cond, 3), buyer(cond, 1), restock(cond))


asyncio.run(main())
