# enum: named constants with Enum and auto().
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class TaskState(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    CANCELLED = auto()

    @property
    def finished(self) -> bool:
        return self in (TaskState.DONE, TaskState.CANCELLED)


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], Color.RED is Color(1))
print(list(Color))
print([s.name for s in TaskState], [s.value for s in TaskState])
print(TaskState.RUNNING.finished, TaskState.DONE.finished)
print(len(TaskState), TaskState.PENDING in TaskState)
print(Priority.HIGH > Priority.LOW, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)

state = TaskState.PENDING
match state:
    case TaskState.PENDING | TaskState.RUNNING:
        print("still working")
    case _:
        print("finished")
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(type(Color.RED).__name__, isinstance(Color.RED, Color), Color.__members__.keys())
