# __aiter__ and __anext__: an async iterator class, e.g. reading pages from a paginated API.
import asyncio


class Pages:
    def __init__(self, total_items: int, page_size: int) -> None:
        self.total_items = total_items
        self.page_size = page_size
        self.offset = 0

    def __aiter__(self) -> "Pages":
        return self

    async def __anext__(self) -> list[int]:
        if self.offset >= self.total_items:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)  # one round trip per page
        end = min(self.offset + self.page_size, self.total_items)
        page = list(range(self.offset, end))
        self.offset = end
        return page


async def main() -> None:
    async for page in Pages(7, 3):
        print("page", page)
    items = [item async for page in Pages(5, 2) for item in page]
    print(items)
    pages = Pages(2, 1)
    print(await anext(pages), await anext(pages), await anext(pages, None))
    try:
        for page in Pages(1, 1):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
