"""Job states as a StrEnum: members are strs, so they log, format, compare, sort and serialize as their
values while keeping Enum's repr, lookup and iteration."""
import asyncio
import json
import logging
from enum import StrEnum, auto


class State(StrEnum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = "failed!"


logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("jobs")
states = {}


async def job(name, seconds, fail=False):
    states[name] = State.PENDING
    await asyncio.sleep(0)
    states[name] = State.RUNNING
    log.info("%s is %s", name, states[name])
    await asyncio.sleep(seconds)
    states[name] = State.FAILED if fail else State.DONE
    log.info(f"{name} -> {states[name]:>8}|")
    return states[name]


async def main():
    results = await asyncio.gather(job("a", 0.2), job("b", 0.1, fail=True), job("c", 0.3))
    print(results)
    print([str(s) for s in results], [s.value for s in results], [s.name for s in results])
    print(json.dumps(states, sort_keys=True))
    print(isinstance(State.DONE, str), State.DONE == "done", "done" == State.DONE, State("failed!"),
          State["RUNNING"] is State.RUNNING, State.DONE in {"done"}, {"done": 1}[State.DONE])
    print(sorted(State), list(State), len(State), State.FAILED.upper(), State.DONE + "/" + State.PENDING)
    print(repr(State.PENDING), type(State.PENDING).__name__, "%s and %r" % (State.DONE, State.DONE))
    counts = {}
    for s in states.values():
        counts[s] = counts.get(s, 0) + 1
    print(counts)
    try:
        State("lost")
    except ValueError as e:
        print("ValueError:", e)
    try:
        class Bad(StrEnum):
            ONE = 1
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
