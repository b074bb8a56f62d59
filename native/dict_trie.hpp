// A drop-in replacement for cppjieba's DictTrie that loads in milliseconds.
//
// cppjieba builds its dictionary at every start: 350,000 lines parsed, their
// weights computed, and a trie of some 600,000 nodes each holding its own
// unordered_map — about half a second of a one-article run, and the reason a
// cold `wenxi analyze` took well over a second. This class keeps cppjieba's
// interface and results but stores the finished dictionary flat: the word
// units with their final weights, and the trie as arrays in breadth-first
// order (a node's children are one sorted run of edges; edge e leads to node
// e + 1). Built once from the text files by the same arithmetic as cppjieba's
// DictTrie (LoadDict, CalcFreqSum, CalculateWeight, SetStaticWordWeights,
// InserUserDictNode — the functions below follow cppjieba's, MIT licence),
// it is written to a cache file that later processes map into memory.
//
// It defines cppjieba's include guard, so the segmenters' own
// `#include "DictTrie.hpp"` resolves to this class when it is included first.

#ifndef CPPJIEBA_DICT_TRIE_HPP
#define CPPJIEBA_DICT_TRIE_HPP

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "cache_file.hpp"
#include "cppjieba/Trie.hpp"  // DictUnit, Dag, MAX_WORD_LENGTH (its Trie class is unused)
#include "limonp/Logging.hpp"
#include "limonp/StringUtil.hpp"

namespace cppjieba {

using namespace limonp;

const double MIN_DOUBLE = -3.14e+100;
const double MAX_DOUBLE = 3.14e+100;
const size_t DICT_COLUMN_NUM = 3;
const char* const UNKNOWN_TAG = "";

class DictTrie {
 public:
  enum UserWordWeightOption {
    WordWeightMin,
    WordWeightMedian,
    WordWeightMax,
  };

  // From the text files, as cppjieba's DictTrie (the segmenters' own
  // path-taking constructors use this; wenxi builds through FromFiles).
  DictTrie(const string& dict_path, const string& user_dict_paths = "",
           UserWordWeightOption opt = WordWeightMedian) {
    BuildFromText(dict_path, user_dict_paths, opt);
  }

  static std::unique_ptr<DictTrie> FromFiles(const string& dict_path, const string& user_dict_path) {
    return std::unique_ptr<DictTrie>(new DictTrie(dict_path, user_dict_path));
  }

  // Runtime word insertion is not offered by wenxi (its user dictionaries are
  // merged before the build); the segmenters' headers still name these.
  bool InsertUserWord(const string&, const string& = UNKNOWN_TAG) { return false; }
  bool InsertUserWord(const string&, int, const string& = UNKNOWN_TAG) { return false; }
  bool DeleteUserWord(const string&, const string& = UNKNOWN_TAG) { return false; }

  const DictUnit* Find(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end) const {
    if (begin == end) return NULL;
    uint32_t node = 0;
    for (RuneStrArray::const_iterator it = begin; it != end; it++) {
      node = Child(node, it->rune);
      if (node == 0) return NULL;
    }
    return Value(node);
  }

  // The DAG of every dictionary word starting at each position: the same
  // entries, in the same order, as cppjieba's Trie::Find.
  void Find(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end, vector<struct Dag>& res,
            size_t max_word_len = MAX_WORD_LENGTH) const {
    const size_t n = size_t(end - begin);
    res.resize(n);
    for (size_t i = 0; i < n; i++) {
      res[i].runestr = *(begin + i);
      uint32_t node = Child(0, res[i].runestr.rune);
      res[i].nexts.push_back(pair<size_t, const DictUnit*>(i, node ? Value(node) : NULL));
      for (size_t j = i + 1; j < n && (j - i + 1) <= max_word_len; j++) {
        if (node == 0 || FirstEdge(node) == FirstEdge(node + 1)) break;
        node = Child(node, (begin + j)->rune);
        if (node == 0) break;
        const DictUnit* v = Value(node);
        if (v != NULL) res[i].nexts.push_back(pair<size_t, const DictUnit*>(j, v));
      }
    }
  }

  // MPSegment's Find, CalcDP and CutByDag in one backward pass over
  // runes[0, n): the same candidates in the same order, the same sums and the
  // same strict comparison, so the same route — without building a Dag (a
  // 300-byte record with its own small vector) for every character. Leaves in
  // len[i] the length in runes of the word the best route takes at i; weight
  // is scratch. Both are resized here, so callers can reuse them.
  void BestRoute(const RuneStr* runes, size_t n, std::vector<double>& weight, std::vector<uint32_t>& len,
                 size_t max_word_len = MAX_WORD_LENGTH) const {
    if (weight.size() < n) weight.resize(n);
    if (len.size() < n) len.resize(n);
    for (size_t i = n; i-- > 0;) {
      double best = MIN_DOUBLE;
      uint32_t best_len = 1;  // a NULL unit: the single character
      uint32_t node = Child(0, runes[i].rune);
      const DictUnit* p = node ? Value(node) : NULL;
      double val = 0.0;
      if (i + 1 < n) val += weight[i + 1];
      val += p ? p->weight : min_weight_;
      if (val > best) {
        best = val;
        best_len = p ? static_cast<uint32_t>(p->word.size()) : 1;
      }
      for (size_t j = i + 1; j < n && (j - i + 1) <= max_word_len; j++) {
        if (node == 0 || FirstEdge(node) == FirstEdge(node + 1)) break;
        node = Child(node, runes[j].rune);
        if (node == 0) break;
        const DictUnit* v = Value(node);
        if (v == NULL) continue;
        val = 0.0;
        if (j + 1 < n) val += weight[j + 1];
        val += v->weight;
        if (val > best) {
          best = val;
          best_len = static_cast<uint32_t>(v->word.size());
        }
      }
      weight[i] = best;
      len[i] = best_len;
    }
  }

  bool Find(const string& word) {
    RuneStrArray runes;
    if (!DecodeUTF8RunesInString(word, runes)) return false;
    return Find(runes.begin(), runes.end()) != NULL;
  }

  bool IsUserDictSingleChineseWord(const Rune& word) const {
    return user_dict_single_chinese_word_.count(word) > 0;
  }

  double GetMinWeight() const { return min_weight_; }

  // ---- the cache file ----------------------------------------------------
  // Native byte order and sizes: the file is a cache on this machine, named by
  // a checksum of the dictionaries, never shipped.

  bool WriteCache(const string& path, const string& key) const {
    return wenxi::WriteAtomically(path, [&](std::ofstream& out) { WriteBody(out, key); });
  }

 private:
  void WriteBody(std::ofstream& out, const string& key) const {
    Header h = wenxi::StampedHeader<Header>(kMagic, key);
    h.units = units_.size();
    h.runes = 0;
    h.tag_bytes = 0;
    for (const DictUnit& u : units_) {
      h.runes += u.word.size();
      h.tag_bytes += u.tag.size();
    }
    h.nodes = value_.size();
    h.singles = user_dict_single_chinese_word_.size();
    h.freq_sum = freq_sum_;
    h.min_weight = min_weight_;
    h.max_weight = max_weight_;
    h.median_weight = median_weight_;
    h.user_word_default_weight = user_word_default_weight_;
    out.write(reinterpret_cast<const char*>(&h), sizeof h);
    std::vector<double> weights;
    std::vector<uint32_t> rune_end, runes, tag_end;
    std::string tags;
    weights.reserve(units_.size());
    for (const DictUnit& u : units_) {
      weights.push_back(u.weight);
      for (size_t i = 0; i < u.word.size(); i++) runes.push_back(u.word[i]);
      rune_end.push_back(static_cast<uint32_t>(runes.size()));
      tags += u.tag;
      tag_end.push_back(static_cast<uint32_t>(tags.size()));
    }
    std::vector<uint32_t> singles(user_dict_single_chinese_word_.begin(), user_dict_single_chinese_word_.end());
    std::sort(singles.begin(), singles.end());
    Put(out, weights);
    Put(out, rune_end);
    Put(out, runes);
    Put(out, tag_end);
    out.write(tags.data(), static_cast<std::streamsize>(tags.size()));
    Pad(out, tags.size());
    Put(out, value_);
    Put(out, first_edge_);
    Put(out, edge_rune_);
    Put(out, singles);
  }

 public:

  // nullptr when the file is missing, of another key or version, or cut short.
  static std::unique_ptr<DictTrie> FromCache(const string& path, const string& key) {
    std::ifstream in;
    Header h;
    const std::streamoff size = wenxi::OpenCache(in, path, kMagic, key, h);
    if (size < 0) return nullptr;
    const uint64_t expected = sizeof h + Bytes<double>(h.units) + Bytes<uint32_t>(h.units) + Bytes<uint32_t>(h.runes) +
                              Bytes<uint32_t>(h.units) + Padded(h.tag_bytes) + Bytes<int32_t>(h.nodes) +
                              Bytes<uint32_t>(h.nodes + 1) + Bytes<uint32_t>(h.nodes ? h.nodes - 1 : 0) +
                              Bytes<uint32_t>(h.singles);
    if (static_cast<uint64_t>(size) != expected || h.nodes == 0) return nullptr;
    std::unique_ptr<DictTrie> t(new DictTrie());
    std::vector<double> weights;
    std::vector<uint32_t> rune_end, runes, tag_end, singles;
    std::string tags(h.tag_bytes, '\0');
    if (!Get(in, weights, h.units) || !Get(in, rune_end, h.units) || !Get(in, runes, h.runes) ||
        !Get(in, tag_end, h.units))
      return nullptr;
    in.read(&tags[0], static_cast<std::streamsize>(h.tag_bytes));
    in.ignore(static_cast<std::streamsize>(Padded(h.tag_bytes) - h.tag_bytes));
    if (!Get(in, t->value_, h.nodes) || !Get(in, t->first_edge_, h.nodes + 1) ||
        !Get(in, t->edge_rune_, h.nodes - 1) || !Get(in, singles, h.singles))
      return nullptr;
    t->units_.resize(h.units);
    uint32_t r = 0, g = 0;
    for (uint64_t i = 0; i < h.units; i++) {
      DictUnit& u = t->units_[i];
      u.weight = weights[i];
      if (rune_end[i] < r || rune_end[i] > runes.size() || tag_end[i] < g || tag_end[i] > tags.size()) return nullptr;
      for (; r < rune_end[i]; r++) u.word.push_back(runes[r]);
      u.tag.assign(tags, g, tag_end[i] - g);
      g = tag_end[i];
    }
    for (int32_t v : t->value_)
      if (v >= static_cast<int64_t>(h.units)) return nullptr;
    t->user_dict_single_chinese_word_.insert(singles.begin(), singles.end());
    t->freq_sum_ = h.freq_sum;
    t->min_weight_ = h.min_weight;
    t->max_weight_ = h.max_weight;
    t->median_weight_ = h.median_weight;
    t->user_word_default_weight_ = h.user_word_default_weight;
    t->IndexRoot();
    return t;
  }

 private:
  static constexpr char kMagic[16] = {'w', 'e', 'n', 'x', 'i', '-', 'd', 'i', 'c', 't', '-', 'v', '1',
                                      static_cast<char>(sizeof(void*)), static_cast<char>(sizeof(Rune)), 0};

  struct Header {
    char magic[16];
    char key[72];
    uint64_t units, runes, tag_bytes, nodes, singles;
    double freq_sum, min_weight, max_weight, median_weight, user_word_default_weight;
  };

  DictTrie() {}

  template <typename T>
  static uint64_t Bytes(uint64_t n) {
    return n * sizeof(T);
  }
  static uint64_t Padded(uint64_t n) { return (n + 7) / 8 * 8; }

  template <typename T>
  static void Put(std::ofstream& out, const std::vector<T>& v) {
    out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
  }
  static void Pad(std::ofstream& out, size_t n) {
    static const char zeros[8] = {0};
    out.write(zeros, static_cast<std::streamsize>(Padded(n) - n));
  }
  template <typename T>
  static bool Get(std::ifstream& in, std::vector<T>& v, uint64_t n) {
    v.resize(n);
    in.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(n * sizeof(T)));
    return static_cast<bool>(in);
  }

  uint32_t FirstEdge(uint32_t node) const { return first_edge_[node]; }

  const DictUnit* Value(uint32_t node) const {
    const int32_t v = value_[node];
    return v < 0 ? NULL : &units_[v];
  }

  // The child of node along rune, 0 when there is none (node 0 is the root,
  // never a child). The root's children, looked up for every character of
  // every text, go through a direct table for the Basic Multilingual Plane.
  uint32_t Child(uint32_t node, Rune rune) const {
    if (node == 0 && rune < root_table_.size()) return root_table_[rune];
    uint32_t lo = first_edge_[node], hi = first_edge_[node + 1];
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo) / 2;
      if (edge_rune_[mid] < rune)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo < first_edge_[node + 1] && edge_rune_[lo] == rune ? lo + 1 : 0;
  }

  void IndexRoot() {
    root_table_.assign(0x10000, 0);
    for (uint32_t e = first_edge_[0]; e < first_edge_[1]; e++)
      if (edge_rune_[e] < 0x10000) root_table_[edge_rune_[e]] = e + 1;
  }

  // ---- building from the text files (cppjieba's arithmetic) ---------------

  void BuildFromText(const string& dict_path, const string& user_dict_paths, UserWordWeightOption opt) {
    LoadDict(dict_path);
    freq_sum_ = CalcFreqSum(units_);
    CalculateWeight(units_, freq_sum_);
    SetStaticWordWeights(opt);
    if (user_dict_paths.size()) LoadUserDict(user_dict_paths);
    BuildTrie();
    IndexRoot();
  }

  // Insertion order decides duplicates, as in cppjieba: a later unit of the
  // same word replaces the earlier one in the trie.
  void BuildTrie() {
    struct Node {
      std::map<Rune, uint32_t> next;
      int32_t value = -1;
    };
    std::vector<Node> nodes(1);
    for (size_t i = 0; i < units_.size(); i++) {
      const Unicode& w = units_[i].word;
      if (w.begin() == w.end()) continue;
      uint32_t cur = 0;
      for (Unicode::const_iterator it = w.begin(); it != w.end(); ++it) {
        std::map<Rune, uint32_t>::iterator f = nodes[cur].next.find(*it);
        if (f == nodes[cur].next.end()) {
          const uint32_t id = static_cast<uint32_t>(nodes.size());
          nodes[cur].next.emplace(*it, id);
          nodes.emplace_back();
          cur = id;
        } else {
          cur = f->second;
        }
      }
      nodes[cur].value = static_cast<int32_t>(i);
    }
    // Breadth-first renumbering: node k's children become one sorted run of
    // edges, and the edges in order are the nodes 1, 2, … in order.
    value_.clear();
    first_edge_.clear();
    edge_rune_.clear();
    std::vector<uint32_t> order(1, 0);
    for (size_t k = 0; k < order.size(); k++) {
      const Node& n = nodes[order[k]];
      value_.push_back(n.value);
      first_edge_.push_back(static_cast<uint32_t>(edge_rune_.size()));
      for (const auto& kv : n.next) {
        edge_rune_.push_back(kv.first);
        order.push_back(kv.second);
      }
    }
    first_edge_.push_back(static_cast<uint32_t>(edge_rune_.size()));
  }

  void InserUserDictNode(const string& line) {
    vector<string> buf;
    DictUnit node_info;
    Split(line, buf, " ");
    if (buf.size() == 1) {
      MakeNodeInfo(node_info, buf[0], user_word_default_weight_, UNKNOWN_TAG);
    } else if (buf.size() == 2) {
      MakeNodeInfo(node_info, buf[0], user_word_default_weight_, buf[1]);
    } else if (buf.size() == 3) {
      int freq = atoi(buf[1].c_str());
      double weight = log(1.0 * freq / freq_sum_);
      MakeNodeInfo(node_info, buf[0], weight, buf[2]);
    }
    units_.push_back(node_info);
    if (node_info.word.size() == 1) user_dict_single_chinese_word_.insert(node_info.word[0]);
  }

  void LoadUserDict(const string& filePaths) {
    vector<string> files = limonp::Split(filePaths, "|;");
    for (size_t i = 0; i < files.size(); i++) {
      ifstream ifs(files[i].c_str());
      XCHECK(ifs.is_open()) << "open " << files[i] << " failed";
      string line;
      while (getline(ifs, line)) {
        if (line.size() == 0) continue;
        InserUserDictNode(line);
      }
    }
  }

  bool MakeNodeInfo(DictUnit& node_info, const string& word, double weight, const string& tag) {
    if (!DecodeUTF8RunesInString(word, node_info.word)) {
      XLOG(ERROR) << "UTF-8 decode failed for dict word: " << word;
      return false;
    }
    node_info.weight = weight;
    node_info.tag = tag;
    return true;
  }

  void LoadDict(const string& filePath) {
    ifstream ifs(filePath.c_str());
    XCHECK(ifs.is_open()) << "open " << filePath << " failed.";
    string line;
    vector<string> buf;
    DictUnit node_info;
    while (getline(ifs, line)) {
      Split(line, buf, " ");
      XCHECK(buf.size() == DICT_COLUMN_NUM) << "split result illegal, line:" << line;
      MakeNodeInfo(node_info, buf[0], atof(buf[1].c_str()), buf[2]);
      units_.push_back(node_info);
    }
  }

  static bool WeightCompare(const DictUnit& lhs, const DictUnit& rhs) { return lhs.weight < rhs.weight; }

  void SetStaticWordWeights(UserWordWeightOption option) {
    XCHECK(!units_.empty());
    vector<DictUnit> x = units_;
    sort(x.begin(), x.end(), WeightCompare);
    min_weight_ = x[0].weight;
    max_weight_ = x[x.size() - 1].weight;
    median_weight_ = x[x.size() / 2].weight;
    switch (option) {
      case WordWeightMin:
        user_word_default_weight_ = min_weight_;
        break;
      case WordWeightMedian:
        user_word_default_weight_ = median_weight_;
        break;
      default:
        user_word_default_weight_ = max_weight_;
        break;
    }
  }

  double CalcFreqSum(const vector<DictUnit>& node_infos) const {
    double sum = 0.0;
    for (size_t i = 0; i < node_infos.size(); i++) sum += node_infos[i].weight;
    return sum;
  }

  void CalculateWeight(vector<DictUnit>& node_infos, double sum) const {
    for (size_t i = 0; i < node_infos.size(); i++) {
      DictUnit& node_info = node_infos[i];
      node_info.weight = log(double(node_info.weight) / sum);
    }
  }

  vector<DictUnit> units_;
  std::vector<int32_t> value_;        // per node: index into units_, -1 for none
  std::vector<uint32_t> first_edge_;  // per node, plus one past the last
  std::vector<uint32_t> edge_rune_;   // per edge; edge e leads to node e + 1
  std::vector<uint32_t> root_table_;  // rune → child of the root (0: none), BMP only

  double freq_sum_ = 0;
  double min_weight_ = 0;
  double max_weight_ = 0;
  double median_weight_ = 0;
  double user_word_default_weight_ = 0;
  std::unordered_set<Rune> user_dict_single_chinese_word_;
};

}  // namespace cppjieba

#endif  // CPPJIEBA_DICT_TRIE_HPP
