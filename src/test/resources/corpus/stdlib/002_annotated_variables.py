# Variable annotations: at module level, in classes and in functions.
scores: list[int] = []
names: dict[str, int] = {}
limit: int          # a bare annotation declares a name without creating it
ratio: float = 0.5

scores.append(90)
scores.append(72)
names["ada"] = 36

print(scores, names, ratio)
print(__annotations__)
print("limit" in globals())


class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool


print(Config.__annotations__)
print(Config.host, Config.port, hasattr(Config, "debug"))


def count_words(text: str) -> int:
    words: list[str] = text.split()
    count: int
    count = len(words)
    return count


print(count_words("the quick brown fox"))
