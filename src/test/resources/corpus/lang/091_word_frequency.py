# A realistic little program: word frequencies in a text.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

# Normalise: lower case, strip punctuation
words = []
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        words.append(word)

print("total words:", len(words))
print("distinct words:", len(set(words)))

counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1

# Most common first, ties broken alphabetically
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
print("top five:")
for word, count in ranked[:5]:
    bar = "#" * count
    print(f"  {word:<8} {count:>2} {bar}")

# Words used exactly once, alphabetically
once = sorted(word for word, count in counts.items() if count == 1)
print("used once:", ", ".join(once))

# Longest words
longest = max(len(w) for w in counts)
print("longest:", sorted(w for w in counts if len(w) == longest))

# Average word length, rounded
print("average length:", round(sum(map(len, words)) / len(words), 2))
