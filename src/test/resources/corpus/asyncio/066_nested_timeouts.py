# With nested timeouts the one with the earlier deadline fires, and only it raises TimeoutError.
import asyncio


async def run(outer_limit, inner_limit):
    try:
        async with asyncio.timeout(outer_limit) as outer:
            try:
                async with asyncio.timeout(inner_limit) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("  inner TimeoutError caught inside")
            await asyncio.sleep(0.1)
            print("  outer block finished")
    except TimeoutError:
        print("  outer TimeoutError caught outside")
    print(f"  expired: outer={outer.expired()} inner={inner.expired()}")


async def main():
    print("inner deadline first:")
    await run(0.5, 0.2)
    print("outer deadline first:")
    await run(0.2, 0.5)


asyncio.run(main())
