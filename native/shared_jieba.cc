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

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "cppjieba/Jieba.hpp"

namespace {

std::mutex registry_mutex;
std::map<std::string, std::shared_ptr<cppjieba::Jieba>> registry;

std::shared_ptr<cppjieba::Jieba> Acquire(const std::string& key, const std::string& dict, const std::string& hmm,
                                         const std::string& user, const std::string& idf, const std::string& stop,
                                         bool* built) {
  // Held during the build on purpose: a second thread asking for the same
  // dictionary waits for it instead of building another copy.
  std::lock_guard<std::mutex> lock(registry_mutex);
  auto found = registry.find(key);
  if (found != registry.end()) {
    *built = false;
    return found->second;
  }
  auto jieba = std::make_shared<cppjieba::Jieba>(dict, hmm, user, idf, stop);
  registry.emplace(key, jieba);
  *built = true;
  return jieba;
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
                         });
  }

 private:
  std::shared_ptr<cppjieba::Jieba> jieba_;

  // load(key, dict, hmm, userDict, idf, stopWords) → true when this call built
  // the dictionary, false when it reused the one another thread built.
  Napi::Value Load(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() != 6) {
      Napi::TypeError::New(env, "load(key, dict, hmm, userDict, idf, stopWords)").ThrowAsJavaScriptException();
      return env.Undefined();
    }
    std::string args[6];
    for (int i = 0; i < 6; i++) {
      if (!info[i].IsString()) {
        Napi::TypeError::New(env, "load: every argument is a string").ThrowAsJavaScriptException();
        return env.Undefined();
      }
      args[i] = info[i].As<Napi::String>();
    }
    bool built = false;
    jieba_ = Acquire(args[0], args[1], args[2], args[3], args[4], args[5], &built);
    return Napi::Boolean::New(env, built);
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
    jieba_->Cut(Text(info), words, Flag(info, 1));
    return Words(info.Env(), words);
  }

  // cutSpans(text, hmm) → Uint32Array [start, end, start, end, …]: the words of
  // cut(text, hmm) as UTF-16 ranges of text, so JavaScript slices the words it
  // keeps instead of receiving every one as a new string built from UTF-8.
  Napi::Value CutSpans(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!Ready(env)) return env.Undefined();
    const std::string text = Text(info);
    std::vector<cppjieba::Word> words;
    jieba_->Cut(text, words, Flag(info, 1));
    Napi::Uint32Array out = Napi::Uint32Array::New(env, words.size() * 2);
    // Words come in text order: one walk over the bytes turns byte offsets
    // into UTF-16 offsets (a four-byte sequence is two UTF-16 units; a lone
    // surrogate arrived as U+FFFD, one unit either way).
    size_t byte = 0, unit = 0;
    auto advance = [&](size_t to) {
      for (; byte < to && byte < text.size(); byte++) {
        const unsigned char c = static_cast<unsigned char>(text[byte]);
        if ((c & 0xC0) != 0x80) unit += c >= 0xF0 ? 2 : 1;
      }
    };
    for (size_t i = 0; i < words.size(); i++) {
      advance(words[i].offset);
      out[2 * i] = static_cast<uint32_t>(unit);
      advance(words[i].offset + words[i].word.size());
      out[2 * i + 1] = static_cast<uint32_t>(unit);
    }
    return out;
  }

  Napi::Value CutAll(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    std::vector<std::string> words;
    jieba_->CutAll(Text(info), words);
    return Words(info.Env(), words);
  }

  Napi::Value CutForSearch(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    std::vector<std::string> words;
    jieba_->CutForSearch(Text(info), words, Flag(info, 1));
    return Words(info.Env(), words);
  }

  Napi::Value Tag(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    std::vector<std::pair<std::string, std::string>> tagged;
    jieba_->Tag(Text(info), tagged);
    return Pairs(info.Env(), tagged, "tag");
  }

  Napi::Value Extract(const Napi::CallbackInfo& info) {
    if (!Ready(info.Env())) return info.Env().Undefined();
    size_t top = info.Length() > 1 && info[1].IsNumber() ? info[1].As<Napi::Number>().Uint32Value() : 20;
    std::vector<std::pair<std::string, double>> weighted;
    jieba_->extractor.Extract(Text(info), weighted, top);
    return Pairs(info.Env(), weighted, "weight");
  }
};

}  // namespace

NODE_API_ADDON(SharedJieba)
