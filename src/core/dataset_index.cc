#include "core/dataset_index.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <forward_list>
#include <limits>
#include <map>
#include <span>
#include <unordered_map>
#include <variant>

#include "core/filter.h"
#include "core/schema.h"
#include "util/text_fold.h"
#include "util/utf8.h"

namespace lore {

namespace {

// --- layout ---------------------------------------------------------------------
//
// header (kHeaderSize bytes): the fields at the offsets below, and at kHeaderCheck the
//   XXH3 of the bytes before it.
// info (kInfoSize bytes, its XXH3 at kInfoCheck): the source file's canonical path and
//   the dataset's id, title, description, flags (kHasYear, kCollection, kPreformatted,
//   kCrlf), year and the id's position. With the header,
//   all that opening an index reads.
// names: u32 offsets[count + 1] into the bytes that follow (tags, speakers, categories).
// records: kRecordSize bytes per entry (see Record).
// tag ids: u32 name numbers; a record's tags are a run of them.
// kinds: for each kind the u32 numbers of its entries, then for each kind those that
//   are not spoilers.
// hash: u32 slots (entry number + 1; 0 empty), a power of two, keyed by XXH3 of the id.
// ids: the ids, back to back.
// search: per entry, each searchable field (each item of a list) and a newline.
// data: per entry its fields that neither the record nor the search text holds, in
//   schema order.
// block table: the XXH3 of each kBlockSize block of everything before it.

constexpr std::string_view kMagic = "LOREIDX\x01";
// The info's flags byte.
constexpr unsigned char kHasYear = 1;
constexpr unsigned char kCollection = 2;
constexpr unsigned char kPreformatted = 4;  // each text laid out by hand
constexpr unsigned char kCrlf = 8;          // imported from CR LF files
// Small blocks: a pick reads a few scattered bytes of each section it touches, and
// reads, and checks, the whole block around each.
constexpr std::size_t kBlockSize = std::size_t{1} << 12;
constexpr std::size_t kHeaderSize = 280;
/// Read at once, to the stack, when an index is opened: the header and nearly always the
/// info after it. Of the many datasets a run opens, it picks from one: the others cost
/// no more than this.
constexpr std::size_t kHeadRead = 1024;
// Blocks read one by one before the reader maps the whole index instead: more than a
// pick needs (a few blocks of each section it touches), far less than a scan reads.
constexpr std::size_t kMostBlocksRead = 64;
constexpr std::size_t kRecordSize = 64;
constexpr std::size_t kKinds = kAllKinds.size();

enum HeaderField : std::size_t {
  kVersion = 8,  // u32, then u32 block size
  kFileSize = 16,
  kTableAt = 24,
  kTableCheck = 32,
  kSourceSize = 40,
  kSourceModified = 48,
  kSourceInode = 56,
  kSourceDevice = 64,
  kEntryCount = 72,
  kKindCounts = 80,      // u64 per kind
  kVisibleCounts = 112,  // u64 per kind
  kNamesAt = 144,
  kNameCount = 152,
  kRecordsAt = 160,
  kTagIdsAt = 168,
  kTagIdCount = 176,
  kKindsAt = 184,
  kHashAt = 192,
  kHashCapacity = 200,
  kIdsAt = 208,
  kIdsSize = 216,
  kSearchAt = 224,
  kSearchSize = 232,
  kDataAt = 240,
  kDataSize = 248,
  kInfoSize = 256,
  kInfoCheck = 264,
  kHeaderCheck = 272,
};

enum RecordField : std::size_t {
  kKind = 0,  // u8, then u8 flags
  kFlags = 1,
  kBodyChars = 4,
  kSpeaker = 8,  // name number + 1; 0: none
  kCategory = 12,
  kTagsAt = 16,
  kTagsCount = 20,
  kLine = 24,
  kColumn = 28,
  kIdAt = 32,  // u64
  kIdLength = 40,
  kSearchStart = 48,  // u64
  kDataStart = 56,    // u64
};

constexpr std::uint8_t kSpoilerFlag = 1;
constexpr std::uint8_t kQuestionFlag = 2;

std::uint64_t hash_of(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

std::size_t kind_number(Kind kind) {
  return static_cast<std::size_t>(kind);
}

// --- writing ----------------------------------------------------------------------

/// Where IndexWriter puts the bytes of an entry's fields: counted only, to lay the
/// file out, then written in place.
struct ByteTally {
  std::size_t size = 0;
  void put(char /*byte*/) { ++size; }
  void put(std::string_view bytes) { size += bytes.size(); }
};
struct BytePen {
  char* at;
  void put(char byte) { *at++ = byte; }
  void put(std::string_view bytes) {
    if (bytes.empty()) return;  // its data() may be null, which memcpy may not take
    std::memcpy(at, bytes.data(), bytes.size());
    at += bytes.size();
  }
};

struct StringPen {
  std::string& text;
  void put(char byte) { text += byte; }
  void put(std::string_view bytes) { text += bytes; }
};

std::size_t aligned(std::size_t at) {
  return (at + 7) / 8 * 8;
}

/// Writes a dataset's index in two passes over its entries: the first measures every
/// section, the second writes each entry's parts in place, so that the file is made
/// in one buffer of its final size and nothing is copied twice.
class IndexWriter {
 public:
  explicit IndexWriter(const Dataset& dataset) : dataset_(dataset) {}

  std::optional<std::string> write(const IndexKey& key) && {
    const auto& entries = dataset_.entries();
    if (entries.size() > std::numeric_limits<std::uint32_t>::max() - 1) return std::nullopt;
    out_.assign(kHeaderSize, '\0');
    write_info(key.path);
    collect_names();
    write_names();
    const Sizes sizes = measure(entries);
    if (sizes.tag_ids > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
    std::size_t capacity = 8;
    while (capacity < entries.size() + entries.size() / 2) capacity *= 2;

    const std::size_t records_at = aligned(out_.size());
    const std::size_t tag_ids_at = aligned(records_at + entries.size() * kRecordSize);
    const std::size_t kinds_at = aligned(tag_ids_at + 4 * sizes.tag_ids);
    std::size_t table_entries = 0;
    for (std::size_t k = 0; k < kKinds; ++k) table_entries += sizes.all[k] + sizes.visible[k];
    const std::size_t hash_at = aligned(kinds_at + 4 * table_entries);
    const std::size_t ids_at = aligned(hash_at + 4 * capacity);
    const std::size_t search_at = aligned(ids_at + sizes.ids);
    const std::size_t data_at = aligned(search_at + sizes.search);
    const std::size_t table_at = aligned(data_at + sizes.data);
    out_.resize(table_at + (table_at + kBlockSize - 1) / kBlockSize * 8, '\0');

    header64(kRecordsAt, records_at);
    header64(kEntryCount, entries.size());
    header64(kTagIdsAt, tag_ids_at);
    header64(kTagIdCount, sizes.tag_ids);
    header64(kKindsAt, kinds_at);
    header64(kHashAt, hash_at);
    header64(kHashCapacity, capacity);
    header64(kIdsAt, ids_at);
    header64(kIdsSize, sizes.ids);
    header64(kSearchAt, search_at);
    header64(kSearchSize, sizes.search);
    header64(kDataAt, data_at);
    header64(kDataSize, sizes.data);
    // The kind tables back to back, as the reader finds them: every kind's entries,
    // then every kind's entries that are not spoilers.
    std::array<std::size_t, 2 * kKinds> table_fill{};
    std::size_t table_start = kinds_at;
    for (std::size_t k = 0; k < kKinds; ++k) {
      header64(kKindCounts + 8 * k, sizes.all[k]);
      table_fill[k] = table_start;
      table_start += 4 * sizes.all[k];
    }
    for (std::size_t k = 0; k < kKinds; ++k) {
      header64(kVisibleCounts + 8 * k, sizes.visible[k]);
      table_fill[kKinds + k] = table_start;
      table_start += 4 * sizes.visible[k];
    }

    std::size_t tag_fill = tag_ids_at;
    BytePen ids{out_.data() + ids_at};
    BytePen search{out_.data() + search_at};
    BytePen data{out_.data() + data_at};
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const Entry& entry = entries[i];
      const auto number = static_cast<std::uint32_t>(i);
      char* record = out_.data() + records_at + i * kRecordSize;
      record[kKind] = static_cast<char>(kind_number(entry.kind));
      record[kFlags] = static_cast<char>((entry.spoiler ? kSpoilerFlag : 0) |
                                         (entry.question.empty() ? 0 : kQuestionFlag));
      put32(record + kBodyChars, saturate(utf8::code_point_count(entry.body())));
      put32(record + kSpeaker, name_ref(entry.speaker));
      put32(record + kCategory, name_ref(entry.category));
      put32(record + kTagsAt, saturate((tag_fill - tag_ids_at) / 4));
      put32(record + kTagsCount, saturate(entry.tags.size()));
      for (std::string_view tag : entry.tags) {
        put32(out_.data() + tag_fill, names_.at(tag));
        tag_fill += 4;
      }
      put32(record + kLine, entry.position.line);
      put32(record + kColumn, entry.position.column);
      put64(record + kIdAt, static_cast<std::uint64_t>(ids.at - (out_.data() + ids_at)));
      put32(record + kIdLength, saturate(entry.id.size()));
      ids.put(entry.id);
      put64(record + kSearchStart,
            static_cast<std::uint64_t>(search.at - (out_.data() + search_at)));
      put64(record + kDataStart, static_cast<std::uint64_t>(data.at - (out_.data() + data_at)));
      write_fields(entry, search, data);
      const std::size_t k = kind_number(entry.kind);
      put32(out_.data() + table_fill[k], number);
      table_fill[k] += 4;
      if (!entry.spoiler) {
        put32(out_.data() + table_fill[kKinds + k], number);
        table_fill[kKinds + k] += 4;
      }
    }
    write_hash_table(entries, hash_at, capacity);
    finish(key, table_at);
    return std::move(out_);
  }

 private:
  /// What the sections after the names take.
  struct Sizes {
    std::size_t tag_ids = 0;
    std::size_t ids = 0;
    std::size_t search = 0;
    std::size_t data = 0;
    std::array<std::size_t, kKinds> all{};
    std::array<std::size_t, kKinds> visible{};
  };

  static Sizes measure(const std::vector<Entry>& entries) {
    Sizes sizes;
    ByteTally search;
    ByteTally data;
    for (const Entry& entry : entries) {
      sizes.tag_ids += entry.tags.size();
      sizes.ids += entry.id.size();
      ++sizes.all[kind_number(entry.kind)];
      if (!entry.spoiler) ++sizes.visible[kind_number(entry.kind)];
      write_fields(entry, search, data);
    }
    sizes.search = search.size;
    sizes.data = data.size;
    return sizes;
  }

  static std::uint32_t saturate(std::size_t value) {
    return static_cast<std::uint32_t>(
        std::min<std::size_t>(value, std::numeric_limits<std::uint32_t>::max()));
  }
  static void put32(char* at, std::uint32_t value) { std::memcpy(at, &value, sizeof value); }
  static void put64(char* at, std::uint64_t value) { std::memcpy(at, &value, sizeof value); }
  void header64(std::size_t field, std::uint64_t value) { put64(out_.data() + field, value); }

  template <typename Sink>
  static void put_varint(Sink& out, std::uint64_t value) {
    while (value >= 0x80) {
      out.put(static_cast<char>((value & 0x7F) | 0x80));
      value >>= 7;
    }
    out.put(static_cast<char>(value));
  }
  void collect_names() {
    for (const Entry& entry : dataset_.entries()) {
      for (std::string_view tag : entry.tags) add_name(tag);
      if (!entry.speaker.empty()) add_name(entry.speaker);
      if (!entry.category.empty()) add_name(entry.category);
    }
  }
  void add_name(std::string_view name) {
    if (names_.emplace(name, static_cast<std::uint32_t>(name_list_.size())).second) {
      name_list_.push_back(name);
    }
  }
  std::uint32_t name_ref(std::string_view name) const {
    return name.empty() ? 0 : names_.at(name) + 1;
  }
  void write_names() {
    out_.append((8 - out_.size() % 8) % 8, '\0');
    header64(kNamesAt, out_.size());
    header64(kNameCount, name_list_.size());
    std::uint32_t offset = 0;
    std::string offsets;
    std::string bytes;
    for (std::string_view name : name_list_) {
      offsets.append(reinterpret_cast<const char*>(&offset), sizeof offset);  // NOLINT
      bytes += name;
      offset += static_cast<std::uint32_t>(name.size());
    }
    offsets.append(reinterpret_cast<const char*>(&offset), sizeof offset);  // NOLINT
    out_ += offsets;
    out_ += bytes;
  }

  void write_info(const std::string& path) {
    const DatasetInfo& info = dataset_.info();
    std::string data;
    StringPen pen{data};
    for (std::string_view text :
         {std::string_view(path), std::string_view(info.id), std::string_view(info.title),
          std::string_view(info.description)}) {
      put_varint(pen, text.size());
      pen.put(text);
    }
    pen.put(static_cast<char>((info.year ? kHasYear : 0) | (info.collection ? kCollection : 0) |
                              (info.preformatted ? kPreformatted : 0) | (info.crlf ? kCrlf : 0)));
    put_varint(pen, info.year ? zigzag(*info.year) : 0);
    put_varint(pen, info.id_position.line);
    put_varint(pen, info.id_position.column);
    header64(kInfoSize, data.size());
    out_ += data;
  }

  static std::uint64_t zigzag(std::int64_t value) {
    return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
  }

  /// The fields the records do not hold, in schema order: searchable text goes to
  /// `search` (its length to `data`), the rest to `data`.
  template <typename Sink>
  static void write_fields(const Entry& entry, Sink& search, Sink& data) {
    for (const FieldSpec& field : fields_of(entry.kind)) {
      if (field.name == "id" || field.name == "tags" || field.type == FieldType::boolean) continue;
      const FieldValue value = value_of(entry, field);
      auto put_text = [&](std::string_view text) {
        put_varint(data, text.size());
        if (field.searchable) {
          search.put(text);
          search.put('\n');
        } else {
          data.put(text);
        }
      };
      switch (field.type) {
        case FieldType::string: {
          const auto* text = std::get_if<std::string_view>(&value);
          put_text(text ? *text : std::string_view());
          break;
        }
        case FieldType::string_list: {
          const auto* const* list = std::get_if<const std::vector<std::string_view>*>(&value);
          put_varint(data, list ? (*list)->size() : 0);
          if (list) {
            for (std::string_view item : **list) put_text(item);
          }
          break;
        }
        case FieldType::integer: {
          const auto* number = std::get_if<std::int64_t>(&value);
          data.put(static_cast<char>(number ? 1 : 0));
          put_varint(data, number ? zigzag(*number) : 0);
          break;
        }
        case FieldType::boolean: break;
      }
    }
  }

  void write_hash_table(const std::vector<Entry>& entries, std::size_t at, std::size_t capacity) {
    char* slots = out_.data() + at;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      std::size_t slot = hash_of(entries[i].id) & (capacity - 1);
      std::uint32_t taken = 0;
      for (;;) {
        std::memcpy(&taken, slots + 4 * slot, sizeof taken);
        if (taken == 0) break;
        slot = (slot + 1) & (capacity - 1);
      }
      put32(slots + 4 * slot, static_cast<std::uint32_t>(i + 1));
    }
  }

  void finish(const IndexKey& key, std::size_t table_at) {
    std::memcpy(out_.data(), kMagic.data(), kMagic.size());
    put32(out_.data() + kVersion, kIndexVersion);
    put32(out_.data() + kVersion + 4, static_cast<std::uint32_t>(kBlockSize));
    header64(kFileSize, out_.size());
    header64(kTableAt, table_at);
    out_ = seal_index(std::move(out_), key);
  }

  const Dataset& dataset_;
  std::string out_;
  std::unordered_map<std::string_view, std::uint32_t> names_;
  std::vector<std::string_view> name_list_;
};

// --- reading ----------------------------------------------------------------------

/// A bounded reader of one run of bytes; any read past its end is damage.
class Cursor {
 public:
  Cursor(std::string_view bytes, const std::string& index_path)
      : bytes_(bytes), index_path_(index_path) {}

  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(take(1).front());
      value |= static_cast<std::uint64_t>(byte & 0x7FU) << shift;
      if ((byte & 0x80U) == 0) return value;
    }
    throw IndexDamaged(index_path_, "an index number runs on");
  }
  std::int64_t signed_varint() {
    const std::uint64_t value = varint();
    return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
  }
  std::string_view take(std::uint64_t length) {
    if (length > bytes_.size() - at_)
      throw IndexDamaged(index_path_, "an index field runs past its entry");
    const std::string_view taken = bytes_.substr(at_, length);
    at_ += length;
    return taken;
  }
  std::string_view string() { return take(varint()); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
  const std::string& index_path_;
};

class IndexStore final : public EntryStore, public SearchText {
 public:
  explicit IndexStore(IndexFile file) : file_(std::move(file)) {}

  /// Checks the header, the file's size, the key and the sections' bounds; reads the
  /// description. Touches nothing past the info: the rest waits for mapped().
  Expected<DatasetInfo, std::string> open(const IndexKey& key, const std::string& source_path) {
    std::array<char, kHeadRead> head{};
    auto got = file_.file->read(0, head);
    if (!got) return unexpected(std::move(got.error().reason));
    const std::string_view bytes(head.data(), *got);
    if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic) {
      return unexpected(std::string("not a lore index"));
    }
    if (read64(bytes.data() + kHeaderCheck) != hash_of(bytes.substr(0, kHeaderCheck))) {
      return unexpected(std::string("its header is damaged"));
    }
    std::memcpy(header_.data(), bytes.data(), kHeaderSize);
    if (u32(kVersion) != kIndexVersion || u32(kVersion + 4) != kBlockSize) {
      return unexpected(std::string("another version of the index format"));
    }
    file_size_ = file_.file->size();
    if (u64(kFileSize) != file_size_) return unexpected(std::string("it is cut short"));
    if (u64(kSourceSize) != key.stamp.size ||
        u64(kSourceModified) != static_cast<std::uint64_t>(key.stamp.modified_ns) ||
        u64(kSourceInode) != key.stamp.inode || u64(kSourceDevice) != key.stamp.device) {
      return unexpected(std::string("the dataset file has changed since"));
    }
    table_at_ = u64(kTableAt);
    const std::size_t blocks = (table_at_ + kBlockSize - 1) / kBlockSize;
    if (table_at_ < kHeaderSize || table_at_ > file_size_ ||
        (file_size_ - table_at_) / 8 != blocks || (file_size_ - table_at_) % 8 != 0) {
      return unexpected(std::string("its block table is out of place"));
    }
    LORE_TRY(read_sections());
    const std::uint64_t info_size = u64(kInfoSize);
    if (info_size > table_at_ - kHeaderSize) return unexpected(std::string("its info is too long"));
    std::string_view info = bytes.substr(kHeaderSize, info_size);
    std::string long_info;  // an info that passes the head, read on its own
    if (info.size() < info_size) {
      long_info.resize(info_size);
      got = file_.file->read(kHeaderSize, long_info);
      if (!got) return unexpected(std::move(got.error().reason));
      if (*got < info_size) return unexpected(std::string("it is cut short"));
      info = long_info;
    }
    if (hash_of(info) != u64(kInfoCheck)) return unexpected(std::string("its info is damaged"));
    try {
      DatasetInfo result = read_info(info, key.path);
      result.path = source_path;
      return result;
    } catch (const IndexDamaged& damage) {
      return unexpected(std::string(damage.what()));
    }
  }

  std::size_t size() const override { return entry_count_; }

  Entry read(std::size_t index, const DatasetInfo* info) const override {
    const char* record = record_at(index);
    Entry entry;
    entry.dataset = info;
    const auto kind = static_cast<std::uint8_t>(record[kKind]);
    if (kind >= kKinds) damaged("an entry of no known kind");
    entry.kind = kAllKinds[kind];
    entry.spoiler = (static_cast<std::uint8_t>(record[kFlags]) & kSpoilerFlag) != 0;
    entry.position = {read32(record + kLine), read32(record + kColumn)};
    entry.id = id_of(index);
    const std::uint32_t tags_at = read32(record + kTagsAt);
    const std::uint32_t tags_count = read32(record + kTagsCount);
    if (tags_at > tag_id_count_ || tags_count > tag_id_count_ - tags_at)
      damaged("tags out of range");
    for (std::uint32_t t = 0; t < tags_count; ++t) entry.tags.push_back(name(tag_id(tags_at + t)));
    Cursor data(section_part(data_, index, kDataStart), file_.path);
    Cursor search(section_part(search_, index, kSearchStart), file_.path);
    read_fields(entry, data, search);
    return entry;
  }

  std::string_view id_of(std::size_t index) const override {
    const char* record = record_at(index);
    const std::uint64_t at = read64(record + kIdAt);
    const std::uint32_t length = read32(record + kIdLength);
    if (at > ids_.size || length > ids_.size - at) damaged("an id out of range");
    return checked(ids_.at + at, length);
  }

  std::size_t count(Kind kind, bool with_spoilers) const override {
    return (with_spoilers ? kind_counts_ : visible_counts_)[kind_number(kind)];
  }

  std::size_t nth_of_kind(Kind kind, bool with_spoilers, std::size_t n) const override {
    const std::size_t k = kind_number(kind);
    const std::size_t count = with_spoilers ? kind_counts_[k] : visible_counts_[k];
    if (n >= count) damaged("an entry number out of range");
    const std::size_t at = (with_spoilers ? all_at_[k] : visible_at_[k]) + n * 4;
    // Checked on use: a number past the end would read outside the records.
    return read32(checked(at, 4).data());
  }

  std::vector<std::uint32_t> select(const Filter& filter) const override;

  std::optional<std::size_t> find(std::string_view id) const override {
    const std::size_t mask = hash_capacity_ - 1;
    std::size_t slot = hash_of(id) & mask;
    for (std::size_t probes = 0; probes < hash_capacity_; ++probes) {
      const std::uint32_t value = read32(checked(hash_at_ + slot * 4, 4).data());
      if (value == 0) return std::nullopt;
      if (value - 1 >= entry_count_) damaged("an id slot out of range");
      if (id_of(value - 1) == id) return value - 1;
      slot = (slot + 1) & mask;
    }
    return std::nullopt;
  }

  const SearchText& search_text() const override { return *this; }

  std::string_view text() const override { return checked(search_.at, search_.size); }

  Owner owner_of(std::size_t offset) const override {
    // The last entry whose searchable text starts at or before `offset`.
    std::size_t low = 0;
    std::size_t high = entry_count_;
    while (high - low > 1) {
      const std::size_t middle = low + (high - low) / 2;
      if (search_start(middle) <= offset) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return {low, low + 1 < entry_count_ ? search_start(low + 1) : search_.size};
  }

  void verify_all() const override { checked(0, table_at_); }

 private:
  struct Section {
    std::size_t at = 0;
    std::size_t size = 0;
  };
  /// A run of blocks read from the index.
  struct BlocksRead {
    std::size_t first = 0;
    std::size_t count = 0;
    std::string bytes;
  };

  // Fields of the header, read when the index was opened.
  std::uint32_t u32(std::size_t at) const { return read32(header_.data() + at); }
  std::uint64_t u64(std::size_t at) const { return read64(header_.data() + at); }
  static std::uint32_t read32(const char* at) {
    std::uint32_t value = 0;
    std::memcpy(&value, at, sizeof value);
    return value;
  }
  static std::uint64_t read64(const char* at) {
    std::uint64_t value = 0;
    std::memcpy(&value, at, sizeof value);
    return value;
  }
  [[noreturn]] void damaged(const std::string& what) const { throw IndexDamaged(file_.path, what); }

  /// The whole index, mapped on first use. The file must still be the one opened, its
  /// block table whole.
  std::string_view mapped() const {
    if (mapped_) return bytes_;
    auto file = file_.file->map();
    if (!file) damaged(file.error().reason);
    const std::string_view bytes = file->bytes();
    if (bytes.size() != file_size_ ||
        bytes.substr(0, kHeaderSize) != std::string_view(header_.data(), kHeaderSize)) {
      damaged("the index changed after it was opened");
    }
    if (hash_of(bytes.substr(table_at_)) != u64(kTableCheck)) {
      damaged("its block table is damaged");
    }
    checked_.assign((table_at_ + kBlockSize - 1) / kBlockSize, false);
    mapping_ = std::move(*file);
    bytes_ = bytes;
    mapped_ = true;
    return bytes_;
  }

  /// The bytes [at, at + length), each block they touch checked once: from the blocks
  /// read so far, or read now, or from the whole index mapped once many have been.
  std::string_view checked(std::size_t at, std::size_t length) const {
    if (at > table_at_ || length > table_at_ - at) damaged("a reference past the end of the index");
    if (length == 0) return {};
    const std::size_t first = at / kBlockSize;
    const std::size_t last = (at + length - 1) / kBlockSize;
    if (!mapped_) {
      for (const BlocksRead& read : blocks_read_) {
        if (read.first <= first && last < read.first + read.count) {
          return std::string_view(read.bytes).substr(at - read.first * kBlockSize, length);
        }
      }
      if (blocks_read_count_ + (last - first + 1) <= kMostBlocksRead) {
        const BlocksRead& read = read_blocks(first, last - first + 1);
        return std::string_view(read.bytes).substr(at - first * kBlockSize, length);
      }
    }
    mapped();
    for (std::size_t b = first; b <= last; ++b) {
      if (checked_[b]) continue;
      check_block(b,
                  bytes_.substr(b * kBlockSize, std::min(kBlockSize, table_at_ - b * kBlockSize)),
                  read64(bytes_.data() + table_at_ + b * 8));
      checked_[b] = true;
    }
    return bytes_.substr(at, length);
  }

  /// Blocks [first, first + count) of the index, read and checked against their sums,
  /// read from the block table beside them.
  const BlocksRead& read_blocks(std::size_t first, std::size_t count) const {
    const std::size_t start = first * kBlockSize;
    std::string blocks(std::min(count * kBlockSize, table_at_ - start), '\0');
    read_exactly(start, blocks);
    std::array<char, kMostBlocksRead * 8> sums{};
    read_exactly(table_at_ + first * 8, std::span<char>(sums).first(count * 8));
    for (std::size_t b = 0; b < count; ++b) {
      check_block(first + b, std::string_view(blocks).substr(b * kBlockSize, kBlockSize),
                  read64(sums.data() + b * 8));
    }
    blocks_read_count_ += count;
    blocks_read_.push_front({first, count, std::move(blocks)});
    return blocks_read_.front();
  }

  /// Fills `into` from the index file at `at`; the file must not have changed.
  void read_exactly(std::size_t at, std::span<char> into) const {
    auto got = file_.file->read(at, into);
    if (!got) damaged(got.error().reason);
    if (*got != into.size()) damaged("the index changed after it was opened");
  }

  /// Checks block `b`, whose bytes are `block`, against its sum.
  void check_block(std::size_t b, std::string_view block, std::uint64_t sum) const {
    // Block 0's sum leaves out the header, whose own sum covers it.
    if (b == 0) block.remove_prefix(std::min(block.size(), kHeaderSize));
    if (hash_of(block) != sum) damaged("a block of the index fails its checksum");
  }

  /// Checks that every section lies between the header and the block table.
  Expected<void, std::string> read_sections() {
    entry_count_ = u64(kEntryCount);
    const std::uint64_t name_count = u64(kNameCount);
    const std::uint64_t limit = table_at_;
    auto inside = [&](std::uint64_t at, std::uint64_t count, std::uint64_t unit) {
      return at >= kHeaderSize && at <= limit && count <= (limit - at) / unit;
    };
    bool ok = entry_count_ < std::numeric_limits<std::uint32_t>::max() &&
              name_count < std::numeric_limits<std::uint32_t>::max() &&
              inside(u64(kNamesAt), name_count + 1, 4) &&
              inside(u64(kRecordsAt), entry_count_, kRecordSize) &&
              inside(u64(kTagIdsAt), u64(kTagIdCount), 4);
    names_ = {u64(kNamesAt), static_cast<std::size_t>(name_count)};
    records_at_ = u64(kRecordsAt);
    tag_ids_at_ = u64(kTagIdsAt);
    tag_id_count_ = u64(kTagIdCount);
    std::uint64_t kinds_at = u64(kKindsAt);
    std::uint64_t total = 0;
    for (std::size_t k = 0; k < kKinds && ok; ++k) {
      kind_counts_[k] = u64(kKindCounts + 8 * k);
      visible_counts_[k] = u64(kVisibleCounts + 8 * k);
      ok = kind_counts_[k] <= entry_count_ && visible_counts_[k] <= kind_counts_[k];
      total += kind_counts_[k];
    }
    ok = ok && total == entry_count_;
    for (std::size_t k = 0; k < kKinds && ok; ++k) {
      all_at_[k] = kinds_at;
      ok = inside(kinds_at, kind_counts_[k], 4);
      kinds_at += kind_counts_[k] * 4;
    }
    for (std::size_t k = 0; k < kKinds && ok; ++k) {
      visible_at_[k] = kinds_at;
      ok = inside(kinds_at, visible_counts_[k], 4);
      kinds_at += visible_counts_[k] * 4;
    }
    hash_at_ = u64(kHashAt);
    hash_capacity_ = u64(kHashCapacity);
    ok = ok && hash_capacity_ >= 1 && (hash_capacity_ & (hash_capacity_ - 1)) == 0 &&
         hash_capacity_ > entry_count_ && inside(hash_at_, hash_capacity_, 4);
    ids_ = {u64(kIdsAt), u64(kIdsSize)};
    search_ = {u64(kSearchAt), u64(kSearchSize)};
    data_ = {u64(kDataAt), u64(kDataSize)};
    ok = ok && inside(ids_.at, ids_.size, 1) && inside(search_.at, search_.size, 1) &&
         inside(data_.at, data_.size, 1);
    if (!ok) return unexpected(std::string("its sections are out of range"));
    return {};
  }

  DatasetInfo read_info(std::string_view bytes, const std::string& canonical_path) const {
    Cursor cursor(bytes, file_.path);
    if (cursor.string() != canonical_path) damaged("an index of another file");
    DatasetInfo info;
    info.id = cursor.string();
    info.title = cursor.string();
    info.description = cursor.string();
    const auto flags = static_cast<unsigned char>(cursor.take(1).front());
    const std::int64_t year = cursor.signed_varint();
    if ((flags & kHasYear) != 0) info.year = year;
    info.collection = (flags & kCollection) != 0;
    info.preformatted = (flags & kPreformatted) != 0;
    info.crlf = (flags & kCrlf) != 0;
    info.id_position.line = static_cast<std::uint32_t>(cursor.varint());
    info.id_position.column = static_cast<std::uint32_t>(cursor.varint());
    return info;
  }

  const char* record_at(std::size_t index) const {
    if (index >= entry_count_) damaged("an entry number out of range");
    return checked(records_at_ + index * kRecordSize, kRecordSize).data();
  }

  std::uint64_t search_start(std::size_t index) const {
    return read64(record_at(index) + kSearchStart);
  }

  /// Entry `index`'s part of `section`: from its start to the next entry's.
  std::string_view section_part(const Section& section, std::size_t index,
                                std::size_t field) const {
    const std::uint64_t start = read64(record_at(index) + field);
    const std::uint64_t end =
        index + 1 < entry_count_ ? read64(record_at(index + 1) + field) : section.size;
    if (start > end || end > section.size) damaged("an entry's text out of range");
    return checked(section.at + start, end - start);
  }

  std::uint32_t tag_id(std::uint64_t at) const {
    return read32(checked(tag_ids_at_ + at * 4, 4).data());
  }

  std::string_view name(std::uint32_t number) const {
    if (number >= names_.size) damaged("a name out of range");
    const std::string_view offsets = checked(names_.at + std::size_t{number} * 4, 8);
    const std::uint32_t start = read32(offsets.data());
    const std::uint32_t end = read32(offsets.data() + 4);
    const std::size_t bytes_at = names_.at + (names_.size + 1) * 4;
    if (start > end || bytes_at + end > table_at_) damaged("a name out of range");
    return checked(bytes_at + start, end - start);
  }

  static void read_fields(Entry& entry, Cursor& data, Cursor& search) {
    for (const FieldSpec& field : fields_of(entry.kind)) {
      if (field.name == "id" || field.name == "tags" || field.type == FieldType::boolean) continue;
      auto text = [&]() {
        const std::uint64_t length = data.varint();
        if (!field.searchable) return data.take(length);
        const std::string_view value = search.take(length);
        search.take(1);  // its newline
        return value;
      };
      switch (field.type) {
        case FieldType::string:
          entry.*std::get<std::string_view Entry::*>(field.member) = text();
          break;
        case FieldType::string_list: {
          auto& list = entry.*std::get<std::vector<std::string_view> Entry::*>(field.member);
          const std::uint64_t count = data.varint();
          for (std::uint64_t i = 0; i < count; ++i) list.push_back(text());
          break;
        }
        case FieldType::integer: {
          const bool present = data.take(1).front() != 0;
          const std::int64_t number = data.signed_varint();
          if (present) entry.*std::get<std::optional<std::int64_t> Entry::*>(field.member) = number;
          break;
        }
        case FieldType::boolean: break;
      }
    }
  }

  IndexFile file_;
  std::array<char, kHeaderSize> header_{};  // as opened
  std::uint64_t file_size_ = 0;
  // Blocks read one run at a time, before there are too many to read that way; a list,
  // so that views of those read earlier stay valid, and nothing allocated until a read.
  mutable std::forward_list<BlocksRead> blocks_read_;
  mutable std::size_t blocks_read_count_ = 0;
  // Set by mapped(), once more is read than blocks_read_ may hold.
  mutable bool mapped_ = false;
  mutable MappedFile mapping_;
  mutable std::string_view bytes_;
  mutable std::vector<bool> checked_;
  std::size_t table_at_ = 0;
  std::size_t entry_count_ = 0;
  Section names_;
  std::size_t records_at_ = 0;
  std::size_t tag_ids_at_ = 0;
  std::size_t tag_id_count_ = 0;
  std::array<std::size_t, kKinds> kind_counts_{};
  std::array<std::size_t, kKinds> visible_counts_{};
  std::array<std::size_t, kKinds> all_at_{};
  std::array<std::size_t, kKinds> visible_at_{};
  std::size_t hash_at_ = 0;
  std::size_t hash_capacity_ = 0;
  Section ids_;
  Section search_;
  Section data_;
};

std::vector<std::uint32_t> IndexStore::select(const Filter& filter) const {
  // Names to numbers once; then each record is judged by numbers alone. Tags ignore
  // case: -t HOPE and -t hope are one tag, which every name "Hope" or "hope" stands for.
  std::vector<std::string> wanted_tags;
  for (const std::string& tag : filter.tags) wanted_tags.push_back(ascii_lowercase(tag));
  std::sort(wanted_tags.begin(), wanted_tags.end());
  wanted_tags.erase(std::unique(wanted_tags.begin(), wanted_tags.end()), wanted_tags.end());
  std::vector<bool> speaker_ok(names_.size, filter.speaker.empty());
  std::vector<bool> category_ok(names_.size, filter.category.empty());
  std::vector<bool> required_found(wanted_tags.size(), false);
  std::vector<bool> is_excluded(names_.size, false);
  std::vector<int> required_slot(names_.size, -1);
  for (std::uint32_t n = 0; n < names_.size; ++n) {
    const std::string_view this_name = name(n);
    for (std::size_t t = 0; t < wanted_tags.size(); ++t) {
      if (equal_ignoring_case(this_name, wanted_tags[t])) {
        required_slot[n] = static_cast<int>(t);
        required_found[t] = true;
      }
    }
    for (const std::string& tag : filter.excluded_tags) {
      is_excluded[n] = is_excluded[n] || equal_ignoring_case(this_name, tag);
    }
    if (!filter.speaker.empty()) speaker_ok[n] = equal_ignoring_case(this_name, filter.speaker);
    if (!filter.category.empty()) category_ok[n] = equal_ignoring_case(this_name, filter.category);
  }
  std::vector<std::uint32_t> result;
  if (std::find(required_found.begin(), required_found.end(), false) != required_found.end()) {
    return result;  // a tag no entry has
  }
  std::vector<bool> seen(wanted_tags.size());
  // A scan reads every record: all at once (one read, or the index mapped when they are
  // many), not block by block.
  (void)checked(records_at_, entry_count_ * kRecordSize);
  for (std::size_t i = 0; i < entry_count_; ++i) {
    const char* record = record_at(i);
    const auto kind = static_cast<std::uint8_t>(record[kKind]);
    if (kind >= kKinds) damaged("an entry of no known kind");
    const auto flags = static_cast<std::uint8_t>(record[kFlags]);
    if (!filter.kinds.empty() && std::find(filter.kinds.begin(), filter.kinds.end(),
                                           kAllKinds[kind]) == filter.kinds.end()) {
      continue;
    }
    if ((flags & kSpoilerFlag) != 0 && !filter.include_spoilers) continue;
    if (filter.require_question && (flags & kQuestionFlag) == 0) continue;
    auto name_passes = [&](std::uint32_t ref, const std::vector<bool>& ok, bool any) {
      if (any) return true;
      if (ref == 0) return false;
      if (ref - 1 >= names_.size) damaged("a name out of range");
      return static_cast<bool>(ok[ref - 1]);
    };
    if (!name_passes(read32(record + kSpeaker), speaker_ok, filter.speaker.empty())) continue;
    if (!name_passes(read32(record + kCategory), category_ok, filter.category.empty())) continue;
    if (filter.length != LengthLimit::any) {
      const bool is_short = read32(record + kBodyChars) <= filter.length_cutoff;
      if (is_short != (filter.length == LengthLimit::short_only)) continue;
    }
    const std::uint32_t tags_at = read32(record + kTagsAt);
    const std::uint32_t tags_count = read32(record + kTagsCount);
    if (tags_at > tag_id_count_ || tags_count > tag_id_count_ - tags_at)
      damaged("tags out of range");
    std::fill(seen.begin(), seen.end(), false);
    bool out = false;
    for (std::uint32_t t = 0; t < tags_count && !out; ++t) {
      const std::uint32_t tag = tag_id(tags_at + t);
      if (tag >= names_.size) damaged("a name out of range");
      out = is_excluded[tag];
      if (required_slot[tag] >= 0) seen[static_cast<std::size_t>(required_slot[tag])] = true;
    }
    if (out || std::find(seen.begin(), seen.end(), false) != seen.end()) continue;
    result.push_back(static_cast<std::uint32_t>(i));
  }
  return result;
}

}  // namespace

std::string seal_index(std::string bytes, const IndexKey& key) {
  if (bytes.size() < kHeaderSize) return bytes;
  auto get64 = [&bytes](std::size_t at) {
    std::uint64_t value = 0;
    std::memcpy(&value, bytes.data() + at, sizeof value);
    return value;
  };
  auto put64 = [&bytes](std::size_t at, std::uint64_t value) {
    std::memcpy(bytes.data() + at, &value, sizeof value);
  };
  put64(kSourceSize, key.stamp.size);
  put64(kSourceModified, static_cast<std::uint64_t>(key.stamp.modified_ns));
  put64(kSourceInode, key.stamp.inode);
  put64(kSourceDevice, key.stamp.device);
  const std::uint64_t info_size = get64(kInfoSize);
  if (info_size <= bytes.size() - kHeaderSize) {
    put64(kInfoCheck, hash_of({bytes.data() + kHeaderSize, info_size}));
  }
  const std::uint64_t table_at = get64(kTableAt);
  if (table_at >= kHeaderSize && table_at <= bytes.size()) {
    // Each block's sum; block 0's leaves out the header, whose own sum covers it.
    const std::size_t blocks = (table_at + kBlockSize - 1) / kBlockSize;
    for (std::size_t b = 0; b < blocks && table_at + b * 8 + 8 <= bytes.size(); ++b) {
      const std::size_t begin = b == 0 ? kHeaderSize : b * kBlockSize;
      const std::size_t end = std::min<std::size_t>((b + 1) * kBlockSize, table_at);
      put64(table_at + b * 8, hash_of({bytes.data() + begin, end - begin}));
    }
    put64(kTableCheck, hash_of({bytes.data() + table_at, bytes.size() - table_at}));
  }
  put64(kHeaderCheck, hash_of({bytes.data(), kHeaderCheck}));
  return bytes;
}

std::optional<std::string> write_index(const Dataset& dataset, const IndexKey& key) {
  return IndexWriter(dataset).write(key);
}

IndexFile index_file_in_memory(MappedFile file, const std::string& path) {
  return {path, open_in_memory(std::move(file))};
}

Expected<Dataset, std::string> open_index(IndexFile file, const IndexKey& key,
                                          const std::string& source_path) {
  auto store = std::make_shared<IndexStore>(std::move(file));
  auto info = store->open(key, source_path);
  LORE_TRY(info);
  return Dataset(std::move(*info), std::move(store));
}

}  // namespace lore
