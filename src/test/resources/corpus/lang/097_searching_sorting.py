# Classic searching and sorting algorithms, written out by hand.
def bubble_sort(items):
    items = list(items)
    swaps = 0
    for end in range(len(items) - 1, 0, -1):
        for i in range(end):
            if items[i] > items[i + 1]:
                items[i], items[i + 1] = items[i + 1], items[i]
                swaps += 1
    return items, swaps


def insertion_sort(items):
    result = []
    for item in items:
        i = len(result)
        while i > 0 and result[i - 1] > item:
            i -= 1
        result.insert(i, item)
    return result


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    merged = []
    while left and right:
        merged.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return merged + left + right


def binary_search(items, target):
    low, high = 0, len(items) - 1
    steps = 0
    while low <= high:
        steps += 1
        mid = (low + high) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1, steps


data = [38, 27, 43, 3, 9, 82, 10, 3]
print(bubble_sort(data))
print(insertion_sort(data))
print(merge_sort(data))
print(sorted(data) == merge_sort(data) == insertion_sort(data))

ordered = list(range(0, 1000, 7))
for target in [0, 693, 350, 994, 5]:
    print(target, binary_search(ordered, target))
