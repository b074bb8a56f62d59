// jieba's IDF table as one sorted array, loaded from a cache file in a few
// milliseconds instead of the 260,000-entry hash map cppjieba's keyword
// extractor builds at every start (about 140 ms). Values and the average for
// unknown words are computed as cppjieba's KeywordExtractor::LoadIdfDict does
// (a later line of the same word wins; the average divides by every line,
// skipped ones included).

#ifndef WENXI_IDF_TABLE_HPP
#define WENXI_IDF_TABLE_HPP

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cache_file.hpp"
#include "limonp/StringUtil.hpp"

namespace wenxi {

class IdfTable {
 public:
  static std::unique_ptr<IdfTable> FromFiles(const std::string& idf_path, const std::string& stop_path) {
    std::unique_ptr<IdfTable> t(new IdfTable());
    std::ifstream ifs(idf_path.c_str());
    if (!ifs) return nullptr;
    std::unordered_map<std::string, double> map;
    std::string line;
    std::vector<std::string> buf;
    double sum = 0.0;
    size_t lineno = 0;
    for (; std::getline(ifs, line); lineno++) {
      buf.clear();
      if (line.empty()) continue;
      limonp::Split(line, buf, " ");
      if (buf.size() != 2) continue;
      const double idf = atof(buf[1].c_str());
      map[buf[0]] = idf;
      sum += idf;
    }
    if (lineno == 0) return nullptr;
    t->average_ = sum / lineno;
    std::vector<std::pair<std::string, double>> sorted(map.begin(), map.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto& kv : sorted) {
      t->bytes_ += kv.first;
      t->end_.push_back(static_cast<uint32_t>(t->bytes_.size()));
      t->values_.push_back(kv.second);
    }
    if (!t->LoadStopWords(stop_path)) return nullptr;
    return t;
  }

  static std::unique_ptr<IdfTable> FromCache(const std::string& path, const std::string& key,
                                             const std::string& stop_path) {
    std::ifstream in;
    Header h;
    const std::streamoff size = wenxi::OpenCache(in, path, kMagic, key, h);
    if (size < 0) return nullptr;
    if (static_cast<uint64_t>(size) != sizeof h + h.words * (sizeof(double) + sizeof(uint32_t)) + h.bytes)
      return nullptr;
    std::unique_ptr<IdfTable> t(new IdfTable());
    t->average_ = h.average;
    t->values_.resize(h.words);
    t->end_.resize(h.words);
    t->bytes_.resize(h.bytes);
    in.read(reinterpret_cast<char*>(t->values_.data()), static_cast<std::streamsize>(h.words * sizeof(double)));
    in.read(reinterpret_cast<char*>(t->end_.data()), static_cast<std::streamsize>(h.words * sizeof(uint32_t)));
    in.read(&t->bytes_[0], static_cast<std::streamsize>(h.bytes));
    if (!in) return nullptr;
    uint32_t prev = 0;
    for (uint32_t e : t->end_) {
      if (e < prev || e > h.bytes) return nullptr;
      prev = e;
    }
    if (!t->LoadStopWords(stop_path)) return nullptr;
    return t;
  }

  bool WriteCache(const std::string& path, const std::string& key) const {
    return WriteAtomically(path, [&](std::ofstream& out) {
      Header h = StampedHeader<Header>(kMagic, key);
      h.words = values_.size();
      h.bytes = bytes_.size();
      h.average = average_;
      out.write(reinterpret_cast<const char*>(&h), sizeof h);
      out.write(reinterpret_cast<const char*>(values_.data()), static_cast<std::streamsize>(values_.size() * sizeof(double)));
      out.write(reinterpret_cast<const char*>(end_.data()), static_cast<std::streamsize>(end_.size() * sizeof(uint32_t)));
      out.write(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
    });
  }

  bool IsStopWord(const std::string& w) const { return stop_words_.count(w) > 0; }

  // The IDF of a word, or the table's average when it is not listed.
  double Lookup(const std::string& w) const {
    size_t lo = 0, hi = values_.size();
    while (lo < hi) {
      const size_t mid = lo + (hi - lo) / 2;
      const uint32_t b = mid ? end_[mid - 1] : 0;
      const int c = Compare(bytes_.data() + b, end_[mid] - b, w);
      if (c < 0)
        lo = mid + 1;
      else if (c > 0)
        hi = mid;
      else
        return values_[mid];
    }
    return average_;
  }

  double Average() const { return average_; }

 private:
  static constexpr char kMagic[16] = {'w', 'e', 'n', 'x', 'i', '-', 'i', 'd', 'f', '-', 'v', '1', 0, 0, 0, 0};
  struct Header {
    char magic[16];
    char key[72];
    uint64_t words, bytes;
    double average;
  };

  IdfTable() {}

  // std::string's ordering (bytes as unsigned char), which the sort used.
  static int Compare(const char* a, size_t n, const std::string& b) {
    const size_t m = std::min(n, b.size());
    const int c = std::memcmp(a, b.data(), m);
    if (c != 0) return c;
    return n < b.size() ? -1 : n > b.size() ? 1 : 0;
  }

  // As cppjieba's LoadStopWordDict: every line, as it is.
  bool LoadStopWords(const std::string& path) {
    std::ifstream ifs(path.c_str());
    if (!ifs) return false;
    std::string line;
    while (std::getline(ifs, line)) stop_words_.insert(line);
    return true;
  }

  std::vector<double> values_;
  std::vector<uint32_t> end_;
  std::string bytes_;
  double average_ = 0;
  std::unordered_set<std::string> stop_words_;
};

}  // namespace wenxi

#endif  // WENXI_IDF_TABLE_HPP
