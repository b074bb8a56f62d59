// cppjieba's MixSegment::Cut (precise mode, HMM on or off) for cutSpans: the
// same words, found with less work per character.
//
// The profile of `wenxi analyze` put a third of its time in the native cut,
// and most of that not in finding words but around it: a 300-byte Dag with its
// own small vector built and freed per character, a vector per call in the
// DP, in the HMM and in its Viterbi, a hash lookup per character and state for
// the emission probabilities, and a UTF-8 round trip of the text. Here the
// text arrives as UTF-16 (a copy, no transcoding), the route is found in one
// backward pass (DictTrie::BestRoute), the emission probabilities of the
// Basic Multilingual Plane sit in one dense table, and every buffer is the
// thread's own and reused. The arithmetic is cppjieba's, term for term and in
// the same order, so every sum and comparison — and so every word — is the
// same; test/segment/engine.test.ts checks that against nodejieba. The
// functions follow cppjieba's MixSegment, MPSegment and HMMSegment (MIT licence).

#ifndef WENXI_MIX_CUT_HPP
#define WENXI_MIX_CUT_HPP

#include <cstdint>
#include <vector>

#include "dict_trie.hpp"
#include "cppjieba/HMMModel.hpp"

namespace wenxi {

using cppjieba::DictTrie;
using cppjieba::HMMModel;
using cppjieba::Rune;
using cppjieba::RuneStr;

class MixCut {
 public:
  MixCut(const DictTrie* dict, const HMMModel* model) : dict_(dict), model_(model) {
    emit_.assign(static_cast<size_t>(HMMModel::STATUS_SUM) * kDense, cppjieba::MIN_DOUBLE);
    for (size_t y = 0; y < HMMModel::STATUS_SUM; y++)
      for (const auto& kv : *model->emitProbVec[y])
        if (kv.first < kDense) emit_[y * kDense + kv.first] = kv.second;
  }

  // The words of units[0, n) (UTF-16) as [start, end) unit offsets appended
  // to out, in text order.
  void Cut(const char16_t* units, size_t n, bool hmm, std::vector<uint32_t>& out) const {
    Scratch& s = scratch();
    Decode(units, n, s.runes);
    const RuneStr* r = s.runes.data();
    const size_t m = s.runes.size();
    // cppjieba's PreFilter: a separator is a piece of its own.
    size_t from = 0;
    for (size_t i = 0; i < m; i++) {
      if (!IsSeparator(r[i].rune)) continue;
      if (i > from) Piece(r + from, i - from, hmm, s, out);
      Piece(r + i, 1, hmm, s, out);
      from = i + 1;
    }
    if (m > from) Piece(r + from, m - from, hmm, s, out);
    // A huge text's buffers are not kept for the thread's lifetime.
    if (s.runes.capacity() > kKeep) s = Scratch();
  }

  // buffers larger than this many elements are freed after the call
  static constexpr size_t kKeep = 1 << 16;

 private:
  static constexpr Rune kDense = 0x10000;

  struct Scratch {
    std::vector<RuneStr> runes;
    std::vector<double> weight;
    std::vector<uint32_t> len;
    std::vector<double> vweight;
    std::vector<int> vpath;
    std::vector<uint8_t> states;
  };

  static Scratch& scratch() {
    thread_local Scratch s;
    return s;
  }

  // What V8 hands cppjieba as UTF-8, decoded: a surrogate pair is one rune,
  // a lone surrogate U+FFFD. offset and len are in UTF-16 units.
  static void Decode(const char16_t* u, size_t n, std::vector<RuneStr>& runes) {
    runes.clear();
    for (size_t i = 0; i < n;) {
      const uint32_t c = u[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
        const Rune cp = 0x10000 + ((c - 0xD800) << 10) + (static_cast<uint32_t>(u[i + 1]) - 0xDC00);
        runes.emplace_back(cp, static_cast<uint32_t>(i), 2u);
        i += 2;
      } else {
        runes.emplace_back((c >= 0xD800 && c <= 0xDFFF) ? 0xFFFDu : c, static_cast<uint32_t>(i), 1u);
        i += 1;
      }
    }
  }

  // SegmentBase's SPECIAL_SEPARATORS: space, tab, newline, ，and 。
  static bool IsSeparator(Rune c) { return c == 0x20 || c == 0x09 || c == 0x0A || c == 0xFF0C || c == 0x3002; }

  static void Emit(const RuneStr* left, const RuneStr* right, std::vector<uint32_t>& out) {
    out.push_back(left->offset);
    out.push_back(right->offset + right->len);
  }

  // MixSegment::Cut over one piece.
  void Piece(const RuneStr* r, size_t n, bool hmm, Scratch& s, std::vector<uint32_t>& out) const {
    dict_->BestRoute(r, n, s.weight, s.len);
    const std::vector<uint32_t>& len = s.len;
    if (!hmm) {
      for (size_t i = 0; i < n; i += len[i]) Emit(r + i, r + i + len[i] - 1, out);
      return;
    }
    // Dictionary words stay; a run of single characters the user dictionary
    // does not name goes to the HMM.
    for (size_t i = 0; i < n;) {
      if (len[i] > 1 || dict_->IsUserDictSingleChineseWord(r[i].rune)) {
        Emit(r + i, r + i + len[i] - 1, out);
        i += len[i];
        continue;
      }
      size_t j = i;
      while (j < n && len[j] == 1 && !dict_->IsUserDictSingleChineseWord(r[j].rune)) j++;
      Hmm(r + i, r + j, s, out);
      i = j;
    }
  }

  // HMMSegment::Cut: ASCII letter and digit runs by rule, the rest by Viterbi.
  void Hmm(const RuneStr* begin, const RuneStr* end, Scratch& s, std::vector<uint32_t>& out) const {
    const RuneStr* left = begin;
    const RuneStr* right = begin;
    while (right != end) {
      if (right->rune < 0x80) {
        if (left != right) Viterbi(left, right, s, out);
        left = right;
        right = LetterRun(left, end);
        if (right == left) right = NumberRun(left, end);
        if (right == left) right++;
        Emit(left, right - 1, out);
        left = right;
      } else {
        right++;
      }
    }
    if (left != right) Viterbi(left, right, s, out);
  }

  static bool IsLetter(Rune x) { return ('a' <= x && x <= 'z') || ('A' <= x && x <= 'Z'); }
  static bool IsDigit(Rune x) { return '0' <= x && x <= '9'; }

  static const RuneStr* LetterRun(const RuneStr* b, const RuneStr* end) {
    if (!IsLetter(b->rune)) return b;
    for (b++; b != end && (IsLetter(b->rune) || IsDigit(b->rune)); b++) {
    }
    return b;
  }

  static const RuneStr* NumberRun(const RuneStr* b, const RuneStr* end) {
    if (!IsDigit(b->rune)) return b;
    for (b++; b != end && (IsDigit(b->rune) || b->rune == '.'); b++) {
    }
    return b;
  }

  double EmitProb(size_t y, Rune rune) const {
    if (rune < kDense) return emit_[y * kDense + rune];
    return model_->GetEmitProb(model_->emitProbVec[y], rune, cppjieba::MIN_DOUBLE);
  }

  // HMMSegment::Viterbi and InternalCut: a word ends at every E or S state.
  void Viterbi(const RuneStr* begin, const RuneStr* end, Scratch& s, std::vector<uint32_t>& out) const {
    const size_t Y = HMMModel::STATUS_SUM;
    const size_t X = static_cast<size_t>(end - begin);
    if (s.vweight.size() < X * Y) {
      s.vweight.resize(X * Y);
      s.vpath.resize(X * Y);
    }
    double* weight = s.vweight.data();
    int* path = s.vpath.data();
    for (size_t y = 0; y < Y; y++) {
      weight[0 + y * X] = model_->startProb[y] + EmitProb(y, begin->rune);
      path[0 + y * X] = -1;
    }
    for (size_t x = 1; x < X; x++) {
      const Rune rune = (begin + x)->rune;
      for (size_t y = 0; y < Y; y++) {
        const size_t now = x + y * X;
        weight[now] = cppjieba::MIN_DOUBLE;
        path[now] = HMMModel::E;
        const double emit = EmitProb(y, rune);
        for (size_t pre = 0; pre < Y; pre++) {
          const double tmp = weight[x - 1 + pre * X] + model_->transProb[pre][y] + emit;
          if (tmp > weight[now]) {
            weight[now] = tmp;
            path[now] = static_cast<int>(pre);
          }
        }
      }
    }
    const double endE = weight[X - 1 + HMMModel::E * X];
    const double endS = weight[X - 1 + HMMModel::S * X];
    size_t stat = endE >= endS ? HMMModel::E : HMMModel::S;
    std::vector<uint8_t>& states = s.states;
    states.resize(X);
    for (size_t x = X; x-- > 0;) {
      states[x] = static_cast<uint8_t>(stat);
      stat = static_cast<size_t>(path[x + stat * X]);
    }
    const RuneStr* left = begin;
    for (size_t i = 0; i < X; i++) {
      if (states[i] % 2) {
        Emit(left, begin + i, out);
        left = begin + i + 1;
      }
    }
  }

  const DictTrie* dict_;
  const HMMModel* model_;
  std::vector<double> emit_;
};

}  // namespace wenxi

#endif  // WENXI_MIX_CUT_HPP
