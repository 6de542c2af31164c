# A chat bot that reads commands from an asyncio.Queue and dispatches them with match.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Room:
    name: str
    members: set[str] = field(default_factory=set)
    history: list[str] = field(default_factory=list)


async def bot(inbox: asyncio.Queue, room: Room) -> None:
    while True:
        user, text = await inbox.get()
        match text.split():
            case ["/join"]:
                room.members.add(user)
                reply = f"{user} joined {room.name}"
            case ["/leave"] if user in room.members:
                room.members.discard(user)
                reply = f"{user} left"
            case ["/say", *words] if user in room.members:
                room.history.append(f"{user}: {' '.join(words)}")
                reply = room.history[-1]
            case ["/say", *_]:
                reply = f"{user} must /join first"
            case ["/who"]:
                reply = "members: " + ", ".join(sorted(room.members))
            case ["/quit"]:
                print("bot: bye")
                return
            case [cmd, *_] if cmd.startswith("/"):
                reply = f"unknown command {cmd}"
            case _:
                reply = f"(ignored chatter from {user})"
        print("bot:", reply)
        await asyncio.sleep(0.1)  # pretend to send the reply


async def user(name: str, inbox: asyncio.Queue, lines: list[str], delay: float) -> None:
    await asyncio.sleep(delay)
    for line in lines:
        await inbox.put((name, line))
        await asyncio.sleep(0.3)


async def main() -> None:
    inbox: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    room = Room("#asyncio")
    running = asyncio.create_task(bot(inbox, room))
    await asyncio.gather(
        user("ann", inbox, ["/join", "/say hello all", "/who", "/leave"], 0.0),
        user("bob", inbox, ["/say hi?", "/join", "/dance", "lol"], 0.1),
    )
    await inbox.put(("admin", "/quit"))
    await running
    print(room.history, sorted(room.members))


asyncio.run(main())
