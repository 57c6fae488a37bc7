package gxq.region;

/** A province (level 1) or prefecture-level city (level 2) with its GB/T 2260 code. */
public record Region(String code, String name, int level, String parentCode) {
}
