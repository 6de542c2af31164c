# A future's outcome can be set only once; asking too early or setting twice is an InvalidStateError.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    for attempt in (fut.result, fut.exception):
        try:
            attempt()
        except asyncio.InvalidStateError as e:
            print("too early:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("exception after result:", e)
    print("result stays", fut.result())


asyncio.run(main())
