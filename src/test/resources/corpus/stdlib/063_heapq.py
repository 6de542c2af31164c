# heapq: a priority queue on a plain list, plus nsmallest/nlargest/merge.
import heapq

heap: list[int] = []
for n in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, n)
print(heap[0], [heapq.heappop(heap) for _ in range(3)], heap[0])

data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data[0], sorted(data))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))

# Tasks as (priority, order, name): the order breaks ties so names are never compared.
todo: list[tuple[int, int, str]] = []
for order, (prio, name) in enumerate([(2, "write"), (1, "plan"), (3, "ship"), (1, "think")]):
    heapq.heappush(todo, (prio, order, name))
while todo:
    prio, _, name = heapq.heappop(todo)
    print(prio, name)

scores = {"ann": 88, "bob": 95, "cid": 72, "dan": 95, "eve": 60}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(2, scores.values()))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
