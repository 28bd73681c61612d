//! Arbitrary bytes through the store decoder: framing, checksums and every record type.
#![no_main]

use diplograph::store::codec::{self, EvidenceBlockV1, GraphV1, LogRecordV1, SentenceV1};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = codec::unframe(bytes);
    let _ = codec::decode_borrowed::<GraphV1<'_>>(bytes);
    let _ = codec::decode::<LogRecordV1>(bytes, 1 << 20);
    let _ = codec::decode::<EvidenceBlockV1>(bytes, 1 << 20);
    let _ = codec::decode::<SentenceV1>(bytes, 1 << 20);
});
