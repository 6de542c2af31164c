# A Registry(dict) whose __missing__ creates the list a key needs: worker tasks file results without setdefault.
import asyncio


class Registry(dict):
    """Results per host; the first result for a host creates its list."""

    def __missing__(self, host: str) -> list[str]:
        print(f"  new host {host}")
        self[host] = results = []
        return results

    def total(self) -> int:
        return sum(len(pages) for pages in self.values())


async def crawl(registry: Registry, url: str, delay: float) -> None:
    await asyncio.sleep(delay)
    host, _, page = url.partition("/")
    registry[host].append(page)


async def main() -> None:
    registry = Registry()
    urls = {"a.com/index": 0.03, "b.org/docs": 0.01, "a.com/about": 0.02, "c.net/": 0.04, "b.org/faq": 0.05}
    async with asyncio.TaskGroup() as tg:
        for url, delay in urls.items():
            tg.create_task(crawl(registry, url, delay))
    print(registry)
    print(len(registry), registry.total(), isinstance(registry, dict), type(registry).__name__)
    print(sorted(registry), registry.get("d.io"), "d.io" in registry)
    print(registry["d.io"], dict(registry) == registry, {**registry}.keys() == registry.keys())
    try:
        dict.__getitem__({}, "x")
    except KeyError as e:
        print("plain dict:", repr(e))


asyncio.run(main())
