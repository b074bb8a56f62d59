// The shape both cache files share (the dictionary's and the IDF table's): a
// header with a magic string and the key (a checksum of what the file was
// built from), written whole to a temporary file and renamed into place, so a
// reader never sees half a cache.

#ifndef WENXI_CACHE_FILE_HPP
#define WENXI_CACHE_FILE_HPP

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace wenxi {

// A header type H has `char magic[16]` and `char key[72]`; the rest is zeroed.
template <typename H>
H StampedHeader(const char (&magic)[16], const std::string& key) {
  H h;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, magic, sizeof h.magic);
  std::strncpy(h.key, key.c_str(), sizeof h.key - 1);
  return h;
}

// Opens `path` and reads its header; the file's size, or -1 when it is
// missing, shorter than a header, or of another format or key.
template <typename H>
std::streamoff OpenCache(std::ifstream& in, const std::string& path, const char (&magic)[16], const std::string& key, H& h) {
  in.open(path.c_str(), std::ios::binary);
  if (!in) return -1;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < static_cast<std::streamoff>(sizeof h)) return -1;
  in.read(reinterpret_cast<char*>(&h), sizeof h);
  if (!in || std::memcmp(h.magic, magic, sizeof h.magic) != 0) return -1;
  if (key.size() >= sizeof h.key || std::strncmp(h.key, key.c_str(), sizeof h.key) != 0) return -1;
  return size;
}

// Writes through `body(out)` to a temporary file beside `path`, then renames it.
template <typename F>
bool WriteAtomically(const std::string& path, F body) {
  const std::string tmp = path + ".tmp" + std::to_string(static_cast<long>(std::rand()));
  std::ofstream out(tmp.c_str(), std::ios::binary | std::ios::trunc);
  if (!out) return false;
  body(out);
  out.close();
  if (!out || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace wenxi

#endif  // WENXI_CACHE_FILE_HPP
