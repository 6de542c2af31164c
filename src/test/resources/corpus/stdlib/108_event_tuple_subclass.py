# Queue messages as a tuple subclass with __new__: hashable, unpackable, matched by position.
import asyncio


class Event(tuple):
    __slots__ = ()

    def __new__(cls, kind: str, payload: object = None):
        return super().__new__(cls, (kind, payload))

    @property
    def kind(self) -> str:
        return self[0]

    def __repr__(self) -> str:
        return f"Event{tuple.__repr__(self)}"


STOP = Event("stop")


async def producer(queue: asyncio.Queue) -> None:
    for n in range(3):
        await queue.put(Event("tick", n))
        await asyncio.sleep(0.01)
    await queue.put(Event("tick", 1))
    await queue.put(STOP)


async def consumer(queue: asyncio.Queue) -> set[Event]:
    received = set()
    while (event := await queue.get()) != STOP:
        match event:
            case ("tick", int(n)) if n > 0:
                print("tick", n, event in received)
            case (kind, _):
                print("other", kind)
        received.add(event)
    return received


async def main() -> None:
    queue: asyncio.Queue[Event] = asyncio.Queue()
    _, received = await asyncio.gather(producer(queue), consumer(queue))
    print(sorted(received), len(received), STOP, STOP.kind, STOP == ("stop", None))
    kind, payload = Event("job", {"id": 7})
    print(kind, payload, isinstance(STOP, tuple), hash(STOP) == hash(("stop", None)), STOP + (1,))
    try:
        STOP.note = "x"
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
