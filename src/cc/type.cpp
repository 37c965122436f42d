// Type predicates and names (C11 6.2.5).
#include "cc/ast.h"

namespace forklab::cc {

bool is_integer(const Type* t) {
  switch (t->kind) {
    case TypeKind::Bool: case TypeKind::Char: case TypeKind::Short: case TypeKind::Int:
    case TypeKind::Long: case TypeKind::LLong: case TypeKind::Enum: return true;
    default: return false;
  }
}
bool is_flonum(const Type* t) { return t->kind == TypeKind::Float || t->kind == TypeKind::Double; }
bool is_numeric(const Type* t) { return is_integer(t) || is_flonum(t); }
bool is_scalar(const Type* t) { return is_numeric(t) || t->kind == TypeKind::Ptr; }
bool is_pointer_like(const Type* t) { return t->kind == TypeKind::Ptr || t->kind == TypeKind::Array; }
bool is_aggregate(const Type* t) {
  return t->kind == TypeKind::Struct || t->kind == TypeKind::Union || t->kind == TypeKind::Array;
}

bool same_type(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a->kind != b->kind) {
    // enums are compatible with int here (their underlying type)
    bool ai = a->kind == TypeKind::Enum || (a->kind == TypeKind::Int && !a->is_unsigned);
    bool bi = b->kind == TypeKind::Enum || (b->kind == TypeKind::Int && !b->is_unsigned);
    return ai && bi;
  }
  switch (a->kind) {
    case TypeKind::Ptr: return same_type(a->base, b->base);
    case TypeKind::Array: return same_type(a->base, b->base) && (a->array_len < 0 || b->array_len < 0 || a->array_len == b->array_len);
    case TypeKind::Struct: case TypeKind::Union: case TypeKind::Enum: return false;  // distinct objects are distinct types
    case TypeKind::Func:
      if (!same_type(a->ret, b->ret)) return false;
      if (!a->has_proto || !b->has_proto) return true;
      if (a->params.size() != b->params.size() || a->is_variadic != b->is_variadic) return false;
      for (size_t i = 0; i < a->params.size(); ++i)
        if (!same_type(a->params[i], b->params[i])) return false;
      return true;
    default: return a->is_unsigned == b->is_unsigned;
  }
}

static std::string base_name(const Type* t) {
  std::string u = t->is_unsigned ? "unsigned " : "";
  switch (t->kind) {
    case TypeKind::Void: return "void";
    case TypeKind::Bool: return "_Bool";
    case TypeKind::Char: return t->is_unsigned ? "char" : "signed char";
    case TypeKind::Short: return u + "short";
    case TypeKind::Int: return t->is_unsigned ? "unsigned int" : "int";
    case TypeKind::Long: return u + "long";
    case TypeKind::LLong: return u + "long long";
    case TypeKind::Float: return "float";
    case TypeKind::Double: return "double";
    case TypeKind::Enum: return "enum " + (t->name.empty() ? std::string("(anonymous)") : t->name);
    case TypeKind::Struct: return "struct " + (t->name.empty() ? std::string("(anonymous)") : t->name);
    case TypeKind::Union: return "union " + (t->name.empty() ? std::string("(anonymous)") : t->name);
    default: return "?";
  }
}

std::string type_name(const Type* t) {
  switch (t->kind) {
    case TypeKind::Ptr:
      if (t->base->kind == TypeKind::Func) return type_name(t->base->ret) + " (*)(...)";
      return type_name(t->base) + (t->base->kind == TypeKind::Ptr ? "*" : " *");
    case TypeKind::Array:
      return type_name(t->base) + "[" + (t->array_len >= 0 ? std::to_string(t->array_len) : "") + "]";
    case TypeKind::Func: return type_name(t->ret) + " (...)";
    default: return base_name(t);
  }
}

}  // namespace forklab::cc
