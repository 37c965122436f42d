// expect: 4:2: error: #error unsupported configuration
#define CONFIG 7
#if CONFIG > 5
#error unsupported configuration
#endif
