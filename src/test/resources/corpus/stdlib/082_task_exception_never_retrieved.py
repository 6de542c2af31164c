# A task that fails while nobody awaits it: asyncio logs "Task exception was never retrieved"
# on stderr (through the logging module) when the task is garbage collected.
import asyncio


async def background_sync() -> None:
    await asyncio.sleep(0.1)
    raise ConnectionResetError("peer went away")


async def main() -> None:
    asyncio.create_task(background_sync())  # the reference is dropped: a classic mistake
    await asyncio.sleep(0.2)
    print("main finished; the task's failure went unnoticed")


asyncio.run(main())
print("program ends normally")
