# Ask three mirrors at once, keep the first answer and cancel the slower requests.
# Latencies come from 122_aiohttp_first_mirror_wins.net.json.
import asyncio
import aiohttp


async def download(session, host):
    try:
        async with session.get(f"https://{host}/file.tar.gz") as resp:
            await resp.read()
            return host
    except asyncio.CancelledError:
        print("cancelled request to", host)
        raise


async def main():
    hosts = ["eu.example.com", "us.example.com", "asia.example.com"]
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(download(session, h)) for h in hosts]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        print("fastest mirror:", done.pop().result())
        for task in tasks:
            if task in pending:
                task.cancel()
        await asyncio.wait(pending)


asyncio.run(main())
