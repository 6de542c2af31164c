import asyncio
import aiohttp


async def get_json(url: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            resp.raise_for_status()
            return await resp.json()


async def main():
    urls = [
        "https://api.github.com/repos/pallets/flask",
        "https://api.github.com/repos/pallets/jinja",
        "https://api.github.com/repos/pallets/werkzeug",
    ]
    results = await asyncio.gather(*(get_json(u) for u in urls))
    print([r["full_name"] for r in results])


asyncio.run(main())
