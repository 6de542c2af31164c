# bisect: searching and inserting into a sorted list.
import bisect


def grade(score: int, breakpoints=(60, 70, 80, 90), grades="FDCBA") -> str:
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])

sorted_list = [10, 20, 20, 20, 30]
print(bisect.bisect_left(sorted_list, 20), bisect.bisect_right(sorted_list, 20), bisect.bisect(sorted_list, 25))

scores: list[int] = []
for s in [50, 20, 80, 20, 65]:
    bisect.insort(scores, s)
    print(scores)


def contains(seq: list[int], x: int) -> bool:
    i = bisect.bisect_left(seq, x)
    return i < len(seq) and seq[i] == x


print(contains(scores, 65), contains(scores, 66))
events = [(1, "boot"), (5, "login"), (9, "logout")]
times = [t for t, _ in events]
print(events[bisect.bisect_right(times, 6) - 1])
people = [("ann", 31), ("bob", 25), ("cid", 40)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ("dan", 33), key=lambda p: p[1])
print(people)
