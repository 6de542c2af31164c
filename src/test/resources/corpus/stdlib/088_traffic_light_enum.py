# A traffic light state machine: Enum states, a transition table and an asyncio loop.
import asyncio
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()

    def next(self) -> "Light":
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


DURATION: dict[Light, float] = {Light.RED: 0.3, Light.RED_AMBER: 0.1, Light.GREEN: 0.3, Light.AMBER: 0.1}


async def run_light(cycles: int, log: list[str]) -> None:
    clock = 0.0  # the light's own timetable, not the loop's clock
    state = Light.RED
    for _ in range(cycles * len(Light)):
        log.append(f"{round(clock, 1):>4} {state.name}")
        await asyncio.sleep(DURATION[state])
        clock += DURATION[state]
        state = state.next()


async def pedestrian(button_at: float) -> None:
    await asyncio.sleep(button_at)
    print(f"button pressed at {button_at}")


async def main() -> None:
    log: list[str] = []
    await asyncio.gather(run_light(2, log), pedestrian(0.5))
    print("\n".join(log))
    print(Light.AMBER.next(), Light["GREEN"].value, [s.name for s in Light if "AMBER" in s.name])


asyncio.run(main())
