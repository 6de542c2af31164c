# __len__, __getitem__, __contains__ and __iter__ make a class behave like a container.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

    def __iter__(self):
        return iter(self.songs)


mix = Playlist("Intro", "Blue", "Yellow", "Outro")
print(len(mix), bool(mix), bool(Playlist()))
print(mix[0], mix[-1], mix[1:3])
print("blue" in mix, "red" in mix)
for song in mix:
    print("playing", song)
print(list(mix), sorted(mix))

# __getitem__ alone is enough for iteration and `in`
class Squares:
    def __getitem__(self, index):
        if index >= 5:
            raise IndexError(index)
        return index * index

print(list(Squares()), 9 in Squares(), 10 in Squares())

# __setitem__ and __delitem__
class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __delitem__(self, key):
        del self.cells[key]

g = Grid()
g[0, 0] = "X"
g[1, 1] = "O"
del g[1, 1]
print(g[0, 0], g[1, 1], g.cells)
