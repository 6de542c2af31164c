# Awaiting a failed task re-raises its exception in the awaiting task, here up to asyncio.run().
import asyncio


async def validate(order):
    await asyncio.sleep(0.1)
    if order["qty"] <= 0:
        raise ValueError(f"order {order['id']}: quantity must be positive")
    return order["id"]


async def main():
    orders = [{"id": 1, "qty": 2}, {"id": 2, "qty": 0}]
    tasks = [asyncio.create_task(validate(o)) for o in orders]
    for task in tasks:
        print("valid order", await task)


asyncio.run(main())
