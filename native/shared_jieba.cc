// One cppjieba dictionary per process, shared by the main thread and every
// worker thread.
//
// nodejieba's addon keeps its dictionary per JavaScript environment, so each
// worker thread loads its own copy, and its load() builds the dictionary twice
// (once more for a TextRank extractor wenxi does not use): about 240 MB and
// 2.4 s per worker. This addon compiles the same cppjieba code that nodejieba
// ships (its headers, its dictionaries), builds cppjieba::Jieba once per
// configuration and hands the same instance to every thread. The segmenter,
// tagger and keyword extractor are const after construction, so concurrent
// reads are safe; construction happens under a lock.
//
// The functions mirror nodejieba's (same names, arguments and results), so the
// JavaScript side can use either.

#include <napi.h>

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

// Our DictTrie first: it takes cppjieba's include guard, so every segmenter
// header below uses the flat, cached dictionary.
#include "dict_trie.hpp"
#include "idf_table.hpp"
#include "mix_cut.hpp"
#include "cppjieba/FullSegment.hpp"
#include "cppjieba/KeywordExtractor.hpp"
#include "cppjieba/MixSegment.hpp"
#include "cppjieba/QuerySegment.hpp"

namespace {

// cppjieba::Jieba's parts, with the dictionary and IDF table from the cache
// and the keyword extractor (which builds its own IDF map) only on demand.
struct Engine {
  std::unique_ptr<cppjieba::DictTrie> dict;
  std::unique_ptr<cppjieba::HMMModel> model;
  std::unique_ptr<cppjieba::MixSegment> mix;
  std::unique_ptr<wenxi::MixCut> spans;  // cutSpans' own MixSegment
  std::unique_ptr<cppjieba::FullSegment> full;
  std::unique_ptr<cppjieba::QuerySegment> query;
  std::unique_ptr<wenxi::IdfTable> idf;
  std::string idf_path, stop_path;
  std::once_flag extractor_once;
  std::unique_ptr<cppjieba::KeywordExtractor> extractor;

  const cppjieba::KeywordExtractor& Extractor() {
    std::call_once(extractor_once, [this] {
      extractor.reset(new cppjieba::KeywordExtractor(dict.get(), model.get(), idf_path, stop_path));
    });
    return *extractor;
  }
};

struct Paths {
  std::string key, dict, hmm, user, idf, stop, dict_cache, idf_key, idf_cache;
};

std::mutex registry_mutex;
std::map<std::string, std::shared_ptr<Engine>> registry;

// built: 0 reused another thread's engine, 1 read the caches, 2 built from the
// text files (and wrote the caches where it could).
std::shared_ptr<Engine> Acquire(const Paths& p, int* built) {
  // Held during the build on purpose: a second thread asking for the same
  // dictionary waits for it instead of building another copy.
  std::lock_guard<std::mutex> lock(registry_mutex);
  auto found = registry.find(p.key);
  if (found != registry.end()) {
    *built = 0;
    return found->second;
  }
  auto e = std::make_shared<Engine>();
  *built = 1;
  if (!p.dict_cache.empty()) e->dict = cppjieba::DictTrie::FromCache(p.dict_cache, p.key);
  if (!e->dict) {
    *built = 2;
    e->dict = cppjieba::DictTrie::FromFiles(p.dict, p.user);
    if (!p.dict_cache.empty()) e->dict->WriteCache(p.dict_cache, p.key);
  }
  if (!p.idf_cache.empty()) e->idf = wenxi::IdfTable::FromCache(p.idf_cache, p.idf_key, p.stop);
  if (!e->idf) {
    e->idf = wenxi::IdfTable::FromFiles(p.idf, p.stop);
    if (!e->idf) throw std::runtime_error("cannot read " + p.idf + " or " + p.stop);
    if (!p.idf_cache.empty()) e->idf->WriteCache(p.idf_cache, p.idf_key);
  }
  e->model.reset(new cppjieba::HMMModel(p.hmm));
  e->mix.reset(new cppjieba::MixSegment(e->dict.get(), e->model.get()));
  e->spans.reset(new wenxi::MixCut(e->dict.get(), e->model.get()));
  e->full.reset(new cppjieba::FullSegment(e->dict.get()));
  e->query.reset(new cppjieba::QuerySegment(e->dict.get(), e->model.get()));
  e->idf_path = p.idf;
  e->stop_path = p.stop;
  registry.emplace(p.key, e);
  return e;
}

Napi::Array Words(Napi::Env env, const std::vector<std::string>& words) {
  Napi::Array out = Napi::Array::New(env, words.size());
  for (size_t i = 0; i < words.size(); i++) out.Set(i, Napi::String::New(env, words[i]));
  return out;
}

// [{word, <name>: value}, …], as nodejieba returns tags and keyword weights.
template <typename T>
Napi::Array Pairs(Napi::Env env, const std::vector<std::pair<std::string, T>>& pairs, const char* name) {
  Napi::Array out = Napi::Array::New(env, pairs.size());
  for (size_t i = 0; i < pairs.size(); i++) {
    Napi::Object o = Napi::Object::New(env);
    o.Set("word", pairs[i].first);
    o.Set(name, pairs[i].second);
    out.Set(i, o);
  }
  return out;
}

class SharedJieba : public Napi::Addon<SharedJieba> {
 public:
  SharedJieba(Napi::Env env, Napi::Object exports) {
    DefineAddon(exports, {
                             InstanceMethod("load", &SharedJieba::Load),
                             InstanceMethod("cut", &SharedJieba::Cut),
                             InstanceMethod("cutSpans", &SharedJieba::CutSpans),
                             InstanceMethod("cutAll", &SharedJieba::CutAll),
                             InstanceMethod("cutForSearch", &SharedJieba::CutForSearch),
                             InstanceMethod("tag", &SharedJieba::Tag),
                             InstanceMethod("extract", &SharedJieba::Extract),
                             InstanceMethod("idf", &SharedJieba::Idf),
                             InstanceMethod("idfAverage", &SharedJieba::IdfAverage),
                         });
  }

 private:
  std::shared_ptr<Engine> jieba_;

  // load({key, dict, hmm, userDict, idf, stopWords, dictCache, idfKey,
  // idfCache}) → 0 when this call reused the engine another thread built, 1
  // when it read the cache files, 2 when it built from the text files. An
  // empty cache path means no cache.
  Napi::Value Load(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() != 1 || !info[0].IsObject()) {
      Napi::TypeError::New(env, "load({key, dict, hmm, userDict, idf, stopWords, dictCache, idfKey, idfCache})")
          .ThrowAsJavaScriptException();
      return env.Undefined();
    }
    Napi::Object o = info[0].As<Napi::Object>();
    auto str = [&](const char* name) -> std::string {
      Napi::Value v = o.Get(name);
      return v.IsString() ? v.As<Napi::String>().Utf8Value() : std::string();
    };
    Paths p{str("key"),   str("dict"),      str("hmm"),    str("userDict"), str("idf"),
            str("stopWords"), str("dictCache"), str("idfKey"), str("idfCache")};
    int built = 0;
    try {
      jieba_ = Acquire(p, &built);
    } catch (const std::exception& e) {
      Napi::Error::New(env, e.what()).ThrowAsJavaScriptException();
      return env.Undefined();
    }
    return Napi::Number::New(env, built);
  }

  bool Ready(Napi::Env env) {
    if (jieba_) return true;
    Napi::Error::New(env, "load() first").ThrowAsJavaScriptException();
    return false;
  }

  static std::string Text(const Napi::CallbackInfo& info) {
    return info.Length() > 0 && info[0].IsString() ? info[0].As<Napi::String>().Utf8Value() : std::string();
  }

  static bool Flag(const Napi::CallbackInfo& info, size_t i) {
    return info.Length() > i && info[i].ToBoolean().Value();
  }

  Napi::Value Cut(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    std::vector<std::string> words;
    jieba_->mix->Cut(Text(info), words, Flag(info, 1));
    return Words(info.Env(), words);
  }

  // cutSpans(text, hmm) → Uint32Array [start, end, start, end, …]: the words of
  // cut(text, hmm) as UTF-16 ranges of text, so JavaScript slices the words it
  // keeps instead of receiving every one as a new string built from UTF-8.
  // The text is read as UTF-16 into the thread's own buffer (mix_cut.hpp).
  Napi::Value CutSpans(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!Ready(env)) return env.Undefined();
    thread_local std::u16string text;
    thread_local std::vector<uint32_t> spans;
    text.clear();
    if (info.Length() > 0 && info[0].IsString()) {
      size_t n = 0;
      napi_status st = napi_get_value_string_utf16(env, info[0], nullptr, 0, &n);
      if (st != napi_ok) {
        Napi::Error::New(env, "cutSpans: cannot read the text").ThrowAsJavaScriptException();
        return env.Undefined();
      }
      text.resize(n + 1);
      napi_get_value_string_utf16(env, info[0], &text[0], n + 1, &n);
      text.resize(n);
    }
    spans.clear();
    jieba_->spans->Cut(text.data(), text.size(), Flag(info, 1), spans);
    Napi::Uint32Array out = Napi::Uint32Array::New(env, spans.size());
    if (!spans.empty()) std::memcpy(out.Data(), spans.data(), spans.size() * sizeof(uint32_t));
    if (text.capacity() > wenxi::MixCut::kKeep) std::u16string().swap(text);
    if (spans.capacity() > wenxi::MixCut::kKeep) std::vector<uint32_t>().swap(spans);
    return out;
  }

  Napi::Value CutAll(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    std::vector<std::string> words;
    jieba_->full->Cut(Text(info), words);
    return Words(info.Env(), words);
  }

  Napi::Value CutForSearch(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    std::vector<std::string> words;
    jieba_->query->Cut(Text(info), words, Flag(info, 1));
    return Words(info.Env(), words);
  }

  Napi::Value Tag(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    std::vector<std::pair<std::string, std::string>> tagged;
    jieba_->mix->Tag(Text(info), tagged);
    return Pairs(info.Env(), tagged, "tag");
  }

  Napi::Value Extract(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    size_t top = info.Length() > 1 && info[1].IsNumber() ? info[1].As<Napi::Number>().Uint32Value() : 20;
    std::vector<std::pair<std::string, double>> weighted;
    jieba_->Extractor().Extract(Text(info), weighted, top);
    return Pairs(info.Env(), weighted, "weight");
  }

  // idf(word) → what extract(word, 1) weighs a one-word text by, without
  // building the extractor: the word's IDF (or the table's average) when the
  // segmenter keeps it whole and it is neither one character nor a stop word,
  // else undefined.
  Napi::Value Idf(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!Ready(env)) return env.Undefined();
    const std::string word = Text(info);
    std::vector<std::string> words;
    jieba_->mix->Cut(word, words, true);
    if (words.size() != 1 || words[0] != word || cppjieba::IsSingleWord(word) || jieba_->idf->IsStopWord(word))
      return env.Undefined();
    return Napi::Number::New(env, jieba_->idf->Lookup(word));
  }
  Napi::Value IdfAverage(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    return Napi::Number::New(info.Env(), jieba_->idf->Average());
  }
};

}  // namespace

NODE_API_ADDON(SharedJieba)
