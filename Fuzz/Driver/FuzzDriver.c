// The declaration is all this target provides; libFuzzer (-sanitize=fuzzer) defines it.
#include "FuzzDriver.h"
