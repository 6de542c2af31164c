# Workers exchange JSON messages as UTF-8 bytes over a queue, as they would over a socket.
import asyncio
import json
from dataclasses import asdict, dataclass


@dataclass
class Order:
    ident: int
    item: str
    quantity: int


async def client(queue: asyncio.Queue, orders: list[Order]) -> None:
    for order in orders:
        message = json.dumps(asdict(order), ensure_ascii=False).encode("utf-8")
        print("send", len(message), "bytes", message)
        await queue.put(message)
        await asyncio.sleep(0.02)
    await queue.put(b'{"stop": true}')


async def server(queue: asyncio.Queue) -> dict[str, int]:
    stock: dict[str, int] = {}
    while True:
        raw: bytes = await queue.get()
        data = json.loads(raw)
        if data.get("stop"):
            return stock
        order = Order(**data)
        stock[order.item] = stock.get(order.item, 0) + order.quantity
        reply = f"ok {order.ident}".encode()
        print("recv", order, "reply", reply, reply.decode().upper())


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    orders = [Order(1, "crème brûlée", 2), Order(2, "tea", 5), Order(3, "crème brûlée", 1)]
    _, stock = await asyncio.gather(client(queue, orders), server(queue))
    print("stock:", stock)
    print(json.loads(b'{"bytes": "work", "n": [1, 2]}'), json.loads("\"text\"".encode()))
    try:
        json.loads(b'{"broken": ')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)


asyncio.run(main())
