# Assigning to a frozen dataclass raises FrozenInstanceError; uncaught, it ends the program.
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    debug: bool = False
    workers: int = 4


settings = Settings(workers=8)
print(settings)
settings.workers = 16
print("not reached")
