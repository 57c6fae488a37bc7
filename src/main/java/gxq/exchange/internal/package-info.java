/** Pieces the sharing pages have in common: input problems, form errors on the model, uploaded files and downloads. */
package gxq.exchange.internal;
