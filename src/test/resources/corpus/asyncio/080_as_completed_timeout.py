# as_completed(timeout=...) raises TimeoutError for the results that did not arrive in time.
import asyncio


async def answer(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    received = []
    try:
        for next_done in asyncio.as_completed([answer(0.2), answer(1.0), answer(0.1)], timeout=0.5):
            received.append(await next_done)
    except TimeoutError:
        print("gave up waiting")
    print("received:", received)


asyncio.run(main())
