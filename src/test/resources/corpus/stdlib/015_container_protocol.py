# __len__, __getitem__ and __contains__ make a class behave like a built-in sequence.
class Playlist:
    def __init__(self, name: str, songs: list[str]) -> None:
        self.name = name
        self._songs = list(songs)

    def __len__(self) -> int:
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name} (slice)", self._songs[index])
        return self._songs[index]

    def __contains__(self, song: str) -> bool:
        return song.lower() in (s.lower() for s in self._songs)

    def __bool__(self) -> bool:
        return bool(self._songs)

    def __repr__(self) -> str:
        return f"Playlist({self.name!r}, {len(self)} songs)"


mix = Playlist("Road trip", ["Holiday", "Africa", "Roads", "Hey Ya", "Blue"])
print(len(mix), mix[0], mix[-1])
print(mix[1:3], list(mix[1:3]))
print("africa" in mix, "Yesterday" in mix)
for i, song in enumerate(mix):  # iteration falls back to __getitem__ until IndexError
    print(i, song)
print(sorted(mix)[:2], list(reversed(mix))[0])
print(bool(Playlist("empty", [])), "nonempty" if mix else "empty")
try:
    mix[10]
except IndexError as e:
    print("IndexError:", e)
