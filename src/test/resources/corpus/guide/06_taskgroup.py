# The guide's TaskGroup example, as given (indentation restored).
# Added: the last line, because the example itself prints nothing.
import asyncio

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
        tg.create_task(asyncio.sleep(2))

asyncio.run(main())
print("both sleeps finished")
