# A str subclass for task names that carries its team: it is still a str for asyncio, f-strings and dict keys.
import asyncio


class TaskName(str):
    def __new__(cls, name: str, team: str = "core"):
        self = super().__new__(cls, name.lower())
        self.team = team
        return self

    @property
    def label(self) -> str:
        return f"{self.team}:{self}"


async def step(name: TaskName, delay: float) -> str:
    await asyncio.sleep(delay)
    task = asyncio.current_task()
    return f"{task.get_name()} done ({name.label})"


async def main() -> None:
    names = [TaskName("Build", "ci"), TaskName("Test", "ci"), TaskName("Deploy", "ops")]
    tasks = [asyncio.create_task(step(n, 0.01 * (3 - i)), name=n) for i, n in enumerate(names)]
    for t in tasks:
        print(t.get_name(), type(t.get_name()).__name__)
    for line in await asyncio.gather(*tasks):
        print(line)
    first = names[0]
    print(first, repr(first), len(first), first.upper(), first + "!", first == "build", first.team)
    print(isinstance(first, str), {first: 1}["build"], "ui" in first, first.startswith("bu"), sorted(names))
    print(" / ".join(names), f"[{first:>8}]", str(first), type(str(first)).__name__, type(first[1:]).__name__)
    print(first.__dict__, TaskName.__mro__)


asyncio.run(main())
