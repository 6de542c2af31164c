# statistics: mean, median, mode and spread of a data set.
import statistics
from statistics import mean, median

response_ms = [120, 95, 130, 95, 310, 101, 99]
print(mean(response_ms))
print(median(response_ms))
print(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), median([1, 2, 3, 4]))
print(statistics.mode(response_ms))
print(statistics.multimode("aabbc"))
print(round(statistics.stdev(response_ms), 3), round(statistics.pstdev(response_ms), 3))
print(round(statistics.variance([2, 4, 4, 4, 5, 5, 7, 9]), 4), statistics.pvariance([2, 4, 4, 4, 5, 5, 7, 9]))
print(mean([1.5, 2.5, 3.0]), mean([1, 2]), type(mean([1, 2, 3])).__name__)
print(statistics.fmean([1, 2, 3, 4]))
print(statistics.median(["b", "a", "c"]))

grades = {"ann": [88, 92, 79], "bob": [65, 70, 72], "cid": [95, 90, 98]}
for name, marks in grades.items():
    print(f"{name}: mean {mean(marks):.1f}, median {median(marks)}")
try:
    mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
