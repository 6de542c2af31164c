# Fetch repository data concurrently and rank the repositories by stars.
import asyncio
import aiohttp


async def repo(session, full_name):
    async with session.get(f"https://api.github.com/repos/{full_name}") as resp:
        resp.raise_for_status()
        return await resp.json()


async def main():
    names = ["psf/requests", "aio-libs/aiohttp", "pallets/flask", "encode/httpx"]
    async with aiohttp.ClientSession() as session:
        repos = await asyncio.gather(*(repo(session, n) for n in names))
    for r in sorted(repos, key=lambda r: r["stargazers_count"], reverse=True):
        print(f'{r["full_name"]:20} {r["stargazers_count"]:6} stars  owner={r["owner"]["login"]}')


asyncio.run(main())
