package gxq.exchange.practice;

/** What a shared item is: a good practice (经验做法) or a tool/product (工具产品, with its provider). */
enum Kind {
    PRACTICE, TOOL
}
