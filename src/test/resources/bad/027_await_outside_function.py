import asyncio

print("before")
await asyncio.sleep(1)
print("after")
