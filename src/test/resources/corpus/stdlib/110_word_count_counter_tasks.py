# Word counts gathered from concurrent tasks into Counters, merged and reported as JSON.
import asyncio
import json
from collections import Counter

DOCUMENTS = {
    "intro.txt": "the loop runs the tasks and the tasks await the loop",
    "tasks.txt": "a task wraps a coroutine and the loop schedules the task",
    "futures.txt": "a future is awaited and a task is a future",
}


async def count_words(name: str, text: str, delay: float) -> Counter:
    await asyncio.sleep(delay)  # pretend to read the file
    words = Counter(text.split())
    print(f"{name}: {len(words)} distinct, {words.total()} words")
    return words


async def main() -> None:
    jobs = [count_words(name, text, 0.01 * (i + 1)) for i, (name, text) in enumerate(DOCUMENTS.items())]
    per_file = await asyncio.gather(*jobs)

    total = Counter()
    for counts in per_file:
        total += counts
    print("top 3:", total.most_common(3))
    print("isinstance dict:", isinstance(total, dict), type(total).__name__)
    print("missing word:", total["asyncio"], "asyncio" in total)
    print(json.dumps(dict(total.most_common(4))))
    print(json.dumps(total, sort_keys=True)[:60])

    intro, tasks, futures = per_file
    print("only in intro:", sorted((intro - tasks - futures).elements()))
    print("common to all:", intro & tasks & futures)
    print("max per word (a, the):", (intro | tasks | futures)["a"], (intro | tasks | futures)["the"])

    shared = Counter()
    lock = asyncio.Lock()

    async def tally(text: str, delay: float) -> None:
        for word in text.split():
            async with lock:
                shared[word] += 1
            await asyncio.sleep(delay)

    await asyncio.gather(*(tally(text, 0.001 * (i + 1)) for i, text in enumerate(DOCUMENTS.values())))
    print("shared == total:", shared == total, shared.total() == sum(total.values()))
    print(repr(Counter("hello")), Counter(), sorted(Counter(a=3, b=0, c=-1).items()))


asyncio.run(main())
