{
  "targets": [
    {
      "target_name": "shared_jieba",
      "sources": ["native/shared_jieba.cc"],
      "include_dirs": [
        "native",
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/include",
        "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/deps/limonp/include"
      ],
      # NODE_API_SWALLOW_UNTHROWABLE_EXCEPTIONS: a worker thread terminated in
      # the middle of a call (wenxi serve stopping a request over its time
      # limit) must not abort the whole process on an exception it cannot throw.
      "defines": ["NAPI_VERSION=8", "LOGGING_LEVEL=LL_WARNING", "NODE_API_SWALLOW_UNTHROWABLE_EXCEPTIONS"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-std=c++17", "-O3"],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "OTHER_CPLUSPLUSFLAGS": ["-std=c++17"]
      },
      "msvs_settings": {
        "VCCLCompilerTool": { "ExceptionHandling": 1, "AdditionalOptions": ["/std:c++17", "/utf-8"] }
      }
    }
  ]
}
