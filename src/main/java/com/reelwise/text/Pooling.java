package com.reelwise.text;

/** How token states become one sentence vector. */
public enum Pooling {
    /** Mean of the token states under the attention mask (all-MiniLM-L6-v2's training pooling). */
    MEAN,
    /** The state of the first ([CLS]) token. */
    CLS
}
