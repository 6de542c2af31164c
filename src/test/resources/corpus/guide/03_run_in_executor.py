# The guide's "offload blocking code" example, as given (indentation restored).
import asyncio
import time

def blocking_io(n: int) -> int:
    time.sleep(2) # blocks
    return n * n

async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_io, 10)
    print(result)

asyncio.run(main())
