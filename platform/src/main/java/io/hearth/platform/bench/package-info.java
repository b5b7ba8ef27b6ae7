/**
 * Hooks for the performance benchmarks in {@code bench/} (repository root). Everything here is off unless
 * {@code hearth.bench.enabled} is set, which only the benchmark run does.
 */
package io.hearth.platform.bench;
