function e(e,t,s,i){var n,r=arguments.length,o=r<3?t:null===i?i=Object.getOwnPropertyDescriptor(t,s):i;if("object"==typeof Reflect&&"function"==typeof Reflect.decorate)o=Reflect.decorate(e,t,s,i);else for(var a=e.length-1;a>=0;a--)(n=e[a])&&(o=(r<3?n(o):r>3?n(t,s,o):n(t,s))||o);return r>3&&o&&Object.defineProperty(t,s,o),o}"function"==typeof SuppressedError&&SuppressedError;const t=globalThis,s=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,i=Symbol(),n=new WeakMap;let r=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==i)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(s&&void 0===e){const s=void 0!==t&&1===t.length;s&&(e=n.get(t)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&n.set(t,e))}return e}toString(){return this.cssText}};const o=(e,...t)=>{const s=1===e.length?e[0]:t.reduce((t,s,i)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+e[i+1],e[0]);return new r(s,e,i)},a=s?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const s of e.cssRules)t+=s.cssText;return(e=>new r("string"==typeof e?e:e+"",void 0,i))(t)})(e):e,{is:c,defineProperty:d,getOwnPropertyDescriptor:l,getOwnPropertyNames:h,getOwnPropertySymbols:u,getPrototypeOf:p}=Object,f=globalThis,g=f.trustedTypes,m=g?g.emptyScript:"",v=f.reactiveElementPolyfillSupport,y=(e,t)=>e,$={toAttribute(e,t){switch(t){case Boolean:e=e?m:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let s=e;switch(t){case Boolean:s=null!==e;break;case Number:s=null===e?null:Number(e);break;case Object:case Array:try{s=JSON.parse(e)}catch(e){s=null}}return s}},b=(e,t)=>!c(e,t),w={attribute:!0,type:String,converter:$,reflect:!1,useDefault:!1,hasChanged:b};Symbol.metadata??=Symbol("metadata"),f.litPropertyMetadata??=new WeakMap;let _=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=w){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(e,s,t);void 0!==i&&d(this.prototype,e,i)}}static getPropertyDescriptor(e,t,s){const{get:i,set:n}=l(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:i,set(t){const r=i?.call(this);n?.call(this,t),this.requestUpdate(e,r,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??w}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const e=this.properties,t=[...h(e),...u(e)];for(const s of t)this.createProperty(s,e[s])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,s]of t)this.elementProperties.set(e,s)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const s=this._$Eu(e,t);void 0!==s&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const s=new Set(e.flat(1/0).reverse());for(const e of s)t.unshift(a(e))}else void 0!==e&&t.push(a(e));return t}static _$Eu(e,t){const s=t.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((e,i)=>{if(s)e.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const s of i){const i=document.createElement("style"),n=t.litNonce;void 0!==n&&i.setAttribute("nonce",n),i.textContent=s.cssText,e.appendChild(i)}})(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){const s=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,s);if(void 0!==i&&!0===s.reflect){const n=(void 0!==s.converter?.toAttribute?s.converter:$).toAttribute(t,s.type);this._$Em=e,null==n?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(e,t){const s=this.constructor,i=s._$Eh.get(e);if(void 0!==i&&this._$Em!==i){const e=s.getPropertyOptions(i),n="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:$;this._$Em=i;const r=n.fromAttribute(t,e.type);this[i]=r??this._$Ej?.get(i)??r,this._$Em=null}}requestUpdate(e,t,s,i=!1,n){if(void 0!==e){const r=this.constructor;if(!1===i&&(n=this[e]),s??=r.getPropertyOptions(e),!((s.hasChanged??b)(n,t)||s.useDefault&&s.reflect&&n===this._$Ej?.get(e)&&!this.hasAttribute(r._$Eu(e,s))))return;this.C(e,t,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:i,wrapped:n},r){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,r??t??this[e]),!0!==n||void 0!==r)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),!0===i&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,s]of e){const{wrapped:e}=s,i=this[t];!0!==e||this._$AL.has(t)||void 0===i||this.C(t,void 0,s,i)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};_.elementStyles=[],_.shadowRootOptions={mode:"open"},_[y("elementProperties")]=new Map,_[y("finalized")]=new Map,v?.({ReactiveElement:_}),(f.reactiveElementVersions??=[]).push("2.1.2");const k=globalThis,x=e=>e,A=k.trustedTypes,E=A?A.createPolicy("lit-html",{createHTML:e=>e}):void 0,S="$lit$",M=`lit$${Math.random().toFixed(9).slice(2)}$`,P="?"+M,C=`<${P}>`,T=document,N=()=>T.createComment(""),O=e=>null===e||"object"!=typeof e&&"function"!=typeof e,U=Array.isArray,j="[ \t\n\f\r]",H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,z=/-->/g,I=/>/g,R=RegExp(`>|${j}(?:([^\\s"'>=/]+)(${j}*=${j}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),D=/'/g,L=/"/g,F=/^(?:script|style|textarea|title)$/i,B=e=>(t,...s)=>({_$litType$:e,strings:t,values:s}),q=B(1),W=B(2),V=Symbol.for("lit-noChange"),J=Symbol.for("lit-nothing"),G=new WeakMap,K=T.createTreeWalker(T,129);function Z(e,t){if(!U(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==E?E.createHTML(t):t}class Q{constructor({strings:e,_$litType$:t},s){let i;this.parts=[];let n=0,r=0;const o=e.length-1,a=this.parts,[c,d]=((e,t)=>{const s=e.length-1,i=[];let n,r=2===t?"<svg>":3===t?"<math>":"",o=H;for(let t=0;t<s;t++){const s=e[t];let a,c,d=-1,l=0;for(;l<s.length&&(o.lastIndex=l,c=o.exec(s),null!==c);)l=o.lastIndex,o===H?"!--"===c[1]?o=z:void 0!==c[1]?o=I:void 0!==c[2]?(F.test(c[2])&&(n=RegExp("</"+c[2],"g")),o=R):void 0!==c[3]&&(o=R):o===R?">"===c[0]?(o=n??H,d=-1):void 0===c[1]?d=-2:(d=o.lastIndex-c[2].length,a=c[1],o=void 0===c[3]?R:'"'===c[3]?L:D):o===L||o===D?o=R:o===z||o===I?o=H:(o=R,n=void 0);const h=o===R&&e[t+1].startsWith("/>")?" ":"";r+=o===H?s+C:d>=0?(i.push(a),s.slice(0,d)+S+s.slice(d)+M+h):s+M+(-2===d?t:h)}return[Z(e,r+(e[s]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),i]})(e,t);if(this.el=Q.createElement(c,s),K.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(i=K.nextNode())&&a.length<o;){if(1===i.nodeType){if(i.hasAttributes())for(const e of i.getAttributeNames())if(e.endsWith(S)){const t=d[r++],s=i.getAttribute(e).split(M),o=/([.?@])?(.*)/.exec(t);a.push({type:1,index:n,name:o[2],strings:s,ctor:"."===o[1]?se:"?"===o[1]?ie:"@"===o[1]?ne:te}),i.removeAttribute(e)}else e.startsWith(M)&&(a.push({type:6,index:n}),i.removeAttribute(e));if(F.test(i.tagName)){const e=i.textContent.split(M),t=e.length-1;if(t>0){i.textContent=A?A.emptyScript:"";for(let s=0;s<t;s++)i.append(e[s],N()),K.nextNode(),a.push({type:2,index:++n});i.append(e[t],N())}}}else if(8===i.nodeType)if(i.data===P)a.push({type:2,index:n});else{let e=-1;for(;-1!==(e=i.data.indexOf(M,e+1));)a.push({type:7,index:n}),e+=M.length-1}n++}}static createElement(e,t){const s=T.createElement("template");return s.innerHTML=e,s}}function X(e,t,s=e,i){if(t===V)return t;let n=void 0!==i?s._$Co?.[i]:s._$Cl;const r=O(t)?void 0:t._$litDirective$;return n?.constructor!==r&&(n?._$AO?.(!1),void 0===r?n=void 0:(n=new r(e),n._$AT(e,s,i)),void 0!==i?(s._$Co??=[])[i]=n:s._$Cl=n),void 0!==n&&(t=X(e,n._$AS(e,t.values),n,i)),t}class Y{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:s}=this._$AD,i=(e?.creationScope??T).importNode(t,!0);K.currentNode=i;let n=K.nextNode(),r=0,o=0,a=s[0];for(;void 0!==a;){if(r===a.index){let t;2===a.type?t=new ee(n,n.nextSibling,this,e):1===a.type?t=new a.ctor(n,a.name,a.strings,this,e):6===a.type&&(t=new re(n,this,e)),this._$AV.push(t),a=s[++o]}r!==a?.index&&(n=K.nextNode(),r++)}return K.currentNode=T,i}p(e){let t=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}}class ee{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,i){this.type=2,this._$AH=J,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=X(this,e,t),O(e)?e===J||null==e||""===e?(this._$AH!==J&&this._$AR(),this._$AH=J):e!==this._$AH&&e!==V&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>U(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==J&&O(this._$AH)?this._$AA.nextSibling.data=e:this.T(T.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:s}=e,i="number"==typeof s?this._$AC(e):(void 0===s.el&&(s.el=Q.createElement(Z(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(t);else{const e=new Y(i,this),s=e.u(this.options);e.p(t),this.T(s),this._$AH=e}}_$AC(e){let t=G.get(e.strings);return void 0===t&&G.set(e.strings,t=new Q(e)),t}k(e){U(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let s,i=0;for(const n of e)i===t.length?t.push(s=new ee(this.O(N()),this.O(N()),this,this.options)):s=t[i],s._$AI(n),i++;i<t.length&&(this._$AR(s&&s._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=x(e).nextSibling;x(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class te{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,i,n){this.type=1,this._$AH=J,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=n,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=J}_$AI(e,t=this,s,i){const n=this.strings;let r=!1;if(void 0===n)e=X(this,e,t,0),r=!O(e)||e!==this._$AH&&e!==V,r&&(this._$AH=e);else{const i=e;let o,a;for(e=n[0],o=0;o<n.length-1;o++)a=X(this,i[s+o],t,o),a===V&&(a=this._$AH[o]),r||=!O(a)||a!==this._$AH[o],a===J?e=J:e!==J&&(e+=(a??"")+n[o+1]),this._$AH[o]=a}r&&!i&&this.j(e)}j(e){e===J?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class se extends te{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===J?void 0:e}}class ie extends te{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==J)}}class ne extends te{constructor(e,t,s,i,n){super(e,t,s,i,n),this.type=5}_$AI(e,t=this){if((e=X(this,e,t,0)??J)===V)return;const s=this._$AH,i=e===J&&s!==J||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,n=e!==J&&(s===J||i);i&&this.element.removeEventListener(this.name,this,s),n&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class re{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){X(this,e)}}const oe={I:ee},ae=k.litHtmlPolyfillSupport;ae?.(Q,ee),(k.litHtmlVersions??=[]).push("3.3.3");const ce=globalThis;let de=class extends _{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,s)=>{const i=s?.renderBefore??t;let n=i._$litPart$;if(void 0===n){const e=s?.renderBefore??null;i._$litPart$=n=new ee(t.insertBefore(N(),e),e,void 0,s??{})}return n._$AI(e),n})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return V}};de._$litElement$=!0,de.finalized=!0,ce.litElementHydrateSupport?.({LitElement:de});const le=ce.litElementPolyfillSupport;le?.({LitElement:de}),(ce.litElementVersions??=[]).push("4.2.2");const he={attribute:!0,type:String,converter:$,reflect:!1,hasChanged:b},ue=(e=he,t,s)=>{const{kind:i,metadata:n}=s;let r=globalThis.litPropertyMetadata.get(n);if(void 0===r&&globalThis.litPropertyMetadata.set(n,r=new Map),"setter"===i&&((e=Object.create(e)).wrapped=!0),r.set(s.name,e),"accessor"===i){const{name:i}=s;return{set(s){const n=t.get.call(this);t.set.call(this,s),this.requestUpdate(i,n,e,!0,s)},init(t){return void 0!==t&&this.C(i,void 0,e,t),t}}}if("setter"===i){const{name:i}=s;return function(s){const n=this[i];t.call(this,s),this.requestUpdate(i,n,e,!0,s)}}throw Error("Unsupported decorator location: "+i)};function pe(e){return(t,s)=>"object"==typeof s?ue(e,t,s):((e,t,s)=>{const i=t.hasOwnProperty(s);return t.constructor.createProperty(s,e),i?Object.getOwnPropertyDescriptor(t,s):void 0})(e,t,s)}function fe(e){return pe({...e,state:!0,attribute:!1})}let ge=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,s){this._$Ct=e,this._$AM=t,this._$Ci=s}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const{I:me}=oe,ve=e=>e,ye=()=>document.createComment(""),$e=(e,t,s)=>{const i=e._$AA.parentNode,n=void 0===t?e._$AB:t._$AA;if(void 0===s){const t=i.insertBefore(ye(),n),r=i.insertBefore(ye(),n);s=new me(t,r,e,e.options)}else{const t=s._$AB.nextSibling,r=s._$AM,o=r!==e;if(o){let t;s._$AQ?.(e),s._$AM=e,void 0!==s._$AP&&(t=e._$AU)!==r._$AU&&s._$AP(t)}if(t!==n||o){let e=s._$AA;for(;e!==t;){const t=ve(e).nextSibling;ve(i).insertBefore(e,n),e=t}}}return s},be=(e,t,s=e)=>(e._$AI(t,s),e),we={},_e=(e,t=we)=>e._$AH=t,ke=e=>{e._$AR(),e._$AA.remove()},xe=(e,t,s)=>{const i=new Map;for(let n=t;n<=s;n++)i.set(e[n],n);return i},Ae=(e=>(...t)=>({_$litDirective$:e,values:t}))(class extends ge{constructor(e){if(super(e),2!==e.type)throw Error("repeat() can only be used in text expressions")}dt(e,t,s){let i;void 0===s?s=t:void 0!==t&&(i=t);const n=[],r=[];let o=0;for(const t of e)n[o]=i?i(t,o):o,r[o]=s(t,o),o++;return{values:r,keys:n}}render(e,t,s){return this.dt(e,t,s).values}update(e,[t,s,i]){const n=(e=>e._$AH)(e),{values:r,keys:o}=this.dt(t,s,i);if(!Array.isArray(n))return this.ut=o,r;const a=this.ut??=[],c=[];let d,l,h=0,u=n.length-1,p=0,f=r.length-1;for(;h<=u&&p<=f;)if(null===n[h])h++;else if(null===n[u])u--;else if(a[h]===o[p])c[p]=be(n[h],r[p]),h++,p++;else if(a[u]===o[f])c[f]=be(n[u],r[f]),u--,f--;else if(a[h]===o[f])c[f]=be(n[h],r[f]),$e(e,c[f+1],n[h]),h++,f--;else if(a[u]===o[p])c[p]=be(n[u],r[p]),$e(e,n[h],n[u]),u--,p++;else if(void 0===d&&(d=xe(o,p,f),l=xe(a,h,u)),d.has(a[h]))if(d.has(a[u])){const t=l.get(o[p]),s=void 0!==t?n[t]:null;if(null===s){const t=$e(e,n[h]);be(t,r[p]),c[p]=t}else c[p]=be(s,r[p]),$e(e,n[h],s),n[t]=null;p++}else ke(n[u]),u--;else ke(n[h]),h++;for(;p<=f;){const t=$e(e,c[f+1]);be(t,r[p]),c[p++]=t}for(;h<=u;){const e=n[h++];null!==e&&ke(e)}return this.ut=o,_e(e,c),V}});class Ee extends TypeError{constructor(e,t){let s;const{message:i,explanation:n,...r}=e,{path:o}=e,a=0===o.length?i:`At path: ${o.join(".")} -- ${i}`;super(n??a),null!=n&&(this.cause=a),Object.assign(this,r),this.name=this.constructor.name,this.failures=()=>s??(s=[e,...t()])}}function Se(e){return"object"==typeof e&&null!=e}function Me(e){return Se(e)&&!Array.isArray(e)}function Pe(e){return"symbol"==typeof e?e.toString():"string"==typeof e?JSON.stringify(e):`${e}`}function Ce(e,t,s,i){if(!0===e)return;!1===e?e={}:"string"==typeof e&&(e={message:e});const{path:n,branch:r}=t,{type:o}=s,{refinement:a,message:c=`Expected a value of type \`${o}\`${a?` with refinement \`${a}\``:""}, but received: \`${Pe(i)}\``}=e;return{value:i,type:o,refinement:a,key:n[n.length-1],path:n,branch:r,...e,message:c}}function*Te(e,t,s,i){(function(e){return Se(e)&&"function"==typeof e[Symbol.iterator]})(e)||(e=[e]);for(const n of e){const e=Ce(n,t,s,i);e&&(yield e)}}function*Ne(e,t,s={}){const{path:i=[],branch:n=[e],coerce:r=!1,mask:o=!1}=s,a={path:i,branch:n,mask:o};r&&(e=t.coercer(e,a));let c="valid";for(const i of t.validator(e,a))i.explanation=s.message,c="not_valid",yield[i,void 0];for(let[d,l,h]of t.entries(e,a)){const t=Ne(l,h,{path:void 0===d?i:[...i,d],branch:void 0===d?n:[...n,l],coerce:r,mask:o,message:s.message});for(const s of t)s[0]?(c=null!=s[0].refinement?"not_refined":"not_valid",yield[s[0],void 0]):r&&(l=s[1],void 0===d?e=l:e instanceof Map?e.set(d,l):e instanceof Set?e.add(l):Se(e)&&(void 0!==l||d in e)&&(e[d]=l))}if("not_valid"!==c)for(const i of t.refiner(e,a))i.explanation=s.message,c="not_refined",yield[i,void 0];"valid"===c&&(yield[void 0,e])}class Oe{constructor(e){const{type:t,schema:s,validator:i,refiner:n,coercer:r=e=>e,entries:o=function*(){}}=e;this.type=t,this.schema=s,this.entries=o,this.coercer=r,this.validator=i?(e,t)=>Te(i(e,t),t,this,e):()=>[],this.refiner=n?(e,t)=>Te(n(e,t),t,this,e):()=>[]}assert(e,t){return function(e,t,s){const i=Ue(e,t,{message:s});if(i[0])throw i[0]}(e,this,t)}create(e,t){return function(e,t,s){const i=Ue(e,t,{coerce:!0,message:s});if(i[0])throw i[0];return i[1]}(e,this,t)}is(e){return function(e,t){return!Ue(e,t)[0]}(e,this)}mask(e,t){return function(e,t,s){const i=Ue(e,t,{coerce:!0,mask:!0,message:s});if(i[0])throw i[0];return i[1]}(e,this,t)}validate(e,t={}){return Ue(e,this,t)}}function Ue(e,t,s={}){const i=Ne(e,t,s),n=function(e){const{done:t,value:s}=e.next();return t?void 0:s}(i);if(n[0]){const e=new Ee(n[0],function*(){for(const e of i)e[0]&&(yield e[0])});return[e,void 0]}return[void 0,n[1]]}function je(e,t){return new Oe({type:e,schema:null,validator:t})}function He(e){return new Oe({type:"array",schema:e,*entries(t){if(e&&Array.isArray(t))for(const[s,i]of t.entries())yield[s,i,e]},coercer:e=>Array.isArray(e)?e.slice():e,validator:e=>Array.isArray(e)||`Expected an array value, but received: ${Pe(e)}`})}function ze(){return je("boolean",e=>"boolean"==typeof e)}function Ie(e){const t={},s=e.map(e=>Pe(e)).join();for(const s of e)t[s]=s;return new Oe({type:"enums",schema:t,validator:t=>e.includes(t)||`Expected one of \`${s}\`, but received: ${Pe(t)}`})}function Re(e){const t=Pe(e),s=typeof e;return new Oe({type:"literal",schema:"string"===s||"number"===s||"boolean"===s?e:null,validator:s=>s===e||`Expected the literal \`${t}\`, but received: ${Pe(s)}`})}function De(e){return new Oe({...e,validator:(t,s)=>null===t||e.validator(t,s),refiner:(t,s)=>null===t||e.refiner(t,s)})}function Le(){return je("number",e=>"number"==typeof e&&!isNaN(e)||`Expected a number, but received: ${Pe(e)}`)}function Fe(e){const t=e?Object.keys(e):[],s=je("never",()=>!1);return new Oe({type:"object",schema:e||null,*entries(i){if(e&&Se(i)){const n=new Set(Object.keys(i));for(const s of t)n.delete(s),yield[s,i[s],e[s]];for(const e of n)yield[e,i[e],s]}},validator:e=>Me(e)||`Expected an object, but received: ${Pe(e)}`,coercer(t,s){if(!Me(t))return t;const i={...t};if(s.mask&&e)for(const t in i)void 0===e[t]&&delete i[t];return i}})}function Be(e){return new Oe({...e,validator:(t,s)=>void 0===t||e.validator(t,s),refiner:(t,s)=>void 0===t||e.refiner(t,s)})}function qe(e,t){return new Oe({type:"record",schema:null,*entries(s){if(Se(s))for(const i in s){const n=s[i];yield[i,i,e],yield[i,n,t]}},validator:e=>Me(e)||`Expected an object, but received: ${Pe(e)}`,coercer:e=>Me(e)?{...e}:e})}function We(){return je("string",e=>"string"==typeof e||`Expected a string, but received: ${Pe(e)}`)}function Ve(e){const t=Object.keys(e);return new Oe({type:"type",schema:e,*entries(s){if(Se(s))for(const i of t)yield[i,s[i],e[i]]},validator:e=>Me(e)||`Expected an object, but received: ${Pe(e)}`,coercer:e=>Me(e)?{...e}:e})}function Je(e){const t=e.map(e=>e.type).join(" | ");return new Oe({type:"union",schema:null,coercer(t,s){for(const i of e){const[e,n]=i.validate(t,{coerce:!0,mask:s.mask});if(!e)return n}return t},validator(s,i){const n=[];for(const t of e){const[...e]=Ne(s,t,i),[r]=e;if(!r[0])return[];for(const[t]of e)t&&n.push(t)}return[`Expected the value to satisfy a union of \`${t}\`, but received: ${Pe(s)}`,...n]}})}function Ge(){return je("unknown",()=>!0)}function Ke(e,t,s=t){const i=`Expected a ${e.type}`,n=t===s?`of \`${t}\``:`between \`${t}\` and \`${s}\``;return Ze(e,"size",e=>{if("number"==typeof e||e instanceof Date)return t<=e&&e<=s||`${i} ${n} but received \`${e}\``;if(e instanceof Map||e instanceof Set){const{size:r}=e;return t<=r&&r<=s||`${i} with a size ${n} but received one with a size of \`${r}\``}{const{length:r}=e;return t<=r&&r<=s||`${i} with a length ${n} but received one with a length of \`${r}\``}})}function Ze(e,t,s){return new Oe({...e,*refiner(i,n){yield*e.refiner(i,n);const r=Te(s(i,n),n,e,i);for(const e of r)yield{...e,refinement:t}}})}function Qe(e,t){return s=>e?.[s]??t[s]}function Xe(e,t,s="en"){const i=t(e.key)??e.key,n=e.params;return void 0===n?i:i.replace(/\{(\w+)\}/g,(e,i)=>{const r=n[i];return void 0===r?e:"object"==typeof r?Xe(r,t,s):"number"==typeof r?function(e,t){if(Number.isInteger(e)||!Number.isFinite(e))return String(e);let s=Ye.get(t);return void 0===s&&(s=function(e){const t={useGrouping:!1,maximumFractionDigits:20};try{return new Intl.NumberFormat(e,t)}catch{return new Intl.NumberFormat("en",t)}}(t),Ye.set(t,s)),s.format(e)}(r,s):r})}const Ye=new Map;var et={"card.name":"Security Scorecard","card.description":"How exposed your Home Assistant is: a score, a grade and the checks behind them.","state.loading":"Assessing your Home Assistant…","state.not_admin.title":"Administrators only","state.not_admin.text":"The security scorecard reads users, tokens and system settings, so only an administrator can see it.","state.error":"The assessment could not run: {message}","state.retry":"Try again","state.stale":"Connection lost. Showing the results from {time}.","state.backend_absent":"{count} checks need the Security Scorecard integration. Install it to assess them.","header.score":"Score","header.grade":"Grade","header.no_score":"Nothing assessed yet","header.coverage":"{percent} % assessed","header.evaluated":"Evaluated {time}","header.vulnerable":"Vulnerable version (would be {grade})","header.advisory":"Advisory {id}: {summary}","fix_next.title":"Fix next","fix_next.points":"+{points} points","fix_next.none":"Nothing to fix. Well done.","trend.title":"Trend","trend.summary":"Score {from} → {to}: {count} recorded values in {days} days","trend.fixed_since":"Fixed since {time}","trend.new_since":"New since {time}","category.counts":"{pass} passed, {fail} failed, {warn} to review","category.share":"{percent} % of points","category.toggle":"Show the checks of {category}","status.pass":"Passed","status.fail":"Failed","status.warn":"Warning","status.not_applicable":"Not applicable","status.not_assessed":"Not assessed","severity.critical":"Critical","severity.high":"High","severity.medium":"Medium","severity.low":"Low","severity.info":"Info","check.why":"Why it matters","check.evidence":"Found","check.fix":"How to fix","check.learn_more":"Learn more","check.open_fix":"Open in Home Assistant","check.reason":"Why not assessed","check.override.risk_accepted":"Risk accepted: {reason}","check.override.mitigated":"Mitigated elsewhere: {reason}","check.override.hint":"Accept a risk or mark it mitigated in the card editor.","editor.title":"Title","editor.categories":"Categories","editor.compact":"Compact layout","editor.hide_passed":"Hide passed checks","editor.accepted":"Accepted risks","editor.accepted.help":"Findings you decided about. Risk accepted gives no credit; mitigated elsewhere gives full credit. Without the Security Scorecard integration this list applies as it is. With it, the integration keeps the decisions (made on a check's row) and every judge applies them; an entry here is then only offered for import on its check.","editor.accepted.check":"Check","editor.accepted.kind":"Decision","editor.accepted.reason":"Reason","editor.accepted.add":"Add","editor.accepted.remove":"Remove","editor.kind.risk_accepted":"Risk accepted","editor.kind.mitigated":"Mitigated elsewhere","decide.risk_accepted":"Accept risk…","decide.mitigated":"Mitigated elsewhere…","decide.reason.risk_accepted":"Why you accept this risk","decide.reason.mitigated":"Where it is mitigated","decide.save":"Save","decide.cancel":"Cancel","decide.undo":"Undo decision","decide.import":"Import to the server","decide.import_hint":"Only in this card's configuration, so not applied: {decision}. Import it so that every judge (this card, other cards, audit, Repairs) applies it.","decide.failed":"Not saved: {message}"};const tt=["en","de"],st=new Map([["en",et]]),it=new Map,nt=qe(We(),We());function rt(e){return e?.locale?.language??e?.language??"en"}function ot(e){if(tt.includes(e))return e;const t=e.split(/[-_]/)[0]??"en";return tt.includes(t)?t:"en"}let at=import.meta.url;function ct(e){at=e}function dt(e,t=e=>fetch(e)){const s=ot(e);if(st.has(s))return Promise.resolve(s);let i=it.get(s);if(void 0===i){const e=function(e,t=at){const s=new URL(`translations/${e}.json`,t);return s.search=new URL(t).search,s.href}(s);i=(async()=>{try{const i=await t(e);if(!i.ok)throw new Error(`HTTP ${i.status}`);const[n,r]=Ue(await i.json(),nt);if(void 0!==n)throw new Error("not a table of strings");return st.set(s,r),s}catch(e){return console.warn(`security-scorecard-card: ${s} translations unavailable (${e instanceof Error?e.message:"error"}), showing English`),it.delete(s),"en"}})(),it.set(s,i)}return i}const lt=new Map;function ht(e){const t=ot(e),s=st.get(t);if(void 0===s)return ht("en");let i=lt.get(t);if(void 0===i){const e=e=>s[e]??et[e];i=(s,i)=>Xe(void 0===i?{key:s}:{key:s,params:i},e,t),lt.set(t,i)}return i}let ut;const pt=new WeakMap;function ft(e){if(void 0===ut)throw new Error("check texts are needed before the engine was loaded");const t=ot(e),s="en"===t?void 0:function(e){return st.get(ot(e))}(t);if(void 0===s)return ut.english;let i=pt.get(s);return void 0===i&&(i=ut.make(t,s),pt.set(s,i)),i}const gt=o`
  :host {
    --ssc-pass: var(--success-color, #43a047);
    --ssc-fail: var(--error-color, #db4437);
    --ssc-warn: var(--warning-color, #ffa600);
    --ssc-muted: var(--secondary-text-color, #727272);
    --ssc-divider: var(--divider-color, rgba(0, 0, 0, 0.12));
    color: var(--primary-text-color, #212121);
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
    border-radius: 4px;
  }
  /* The text colour, underlined: the theme's primary colour fails 4.5:1 on a light card on
     some releases (2024.3's #03a9f4 on white is 2.6:1). */
  a {
    color: inherit;
    text-decoration: underline;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    flex: none;
    background: var(--ssc-muted);
  }
  .pass .dot {
    background: var(--ssc-pass);
  }
  .fail .dot {
    background: var(--ssc-fail);
  }
  .warn .dot {
    background: var(--ssc-warn);
  }
  .muted {
    color: var(--ssc-muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`,mt=o`
  ha-card {
    display: block;
    padding: 16px;
    background: var(--card-background-color, #fff);
  }
  h2 {
    margin: 0 0 12px;
    font-size: 1.25em;
    font-weight: 500;
  }
  h3 {
    margin: 16px 0 8px;
    font-size: 1em;
    font-weight: 500;
  }
  .skeleton {
    min-height: 320px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .bar {
    height: 16px;
    border-radius: 4px;
    background: var(--ssc-divider);
  }
  .bar.big {
    height: 56px;
    width: 40%;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 16px;
  }
  .gauge {
    position: relative;
    width: 132px;
    flex: none;
    --ssc-level: var(--ssc-muted);
  }
  .gauge[data-level="good"],
  [data-level="good"] {
    --ssc-level: var(--ssc-pass);
  }
  .gauge[data-level="fair"],
  [data-level="fair"] {
    --ssc-level: var(--ssc-warn);
  }
  .gauge[data-level="poor"],
  [data-level="poor"] {
    --ssc-level: var(--ssc-fail);
  }
  .gauge svg {
    display: block;
    width: 100%;
  }
  .gauge path {
    fill: none;
    stroke-width: 10;
  }
  .gauge .dial {
    stroke: var(--ssc-divider);
  }
  .gauge .value {
    stroke: var(--ssc-level);
  }
  .gauge .score {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    text-align: center;
  }
  .score {
    font-size: 2.5em;
    font-weight: 600;
    line-height: 1;
  }
  .grade {
    font-size: 1.6em;
    font-weight: 600;
    min-width: 2.2em;
    text-align: center;
    padding: 4px 8px;
    border-radius: 8px;
    border: 2px solid var(--ssc-divider);
  }
  .grade.bad {
    border-color: var(--ssc-fail);
    color: var(--ssc-fail);
  }
  .meta {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.9em;
  }
  .notice {
    margin: 12px 0 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--ssc-warn);
    background: var(--secondary-background-color, transparent);
  }
  .notice.stale {
    border-color: var(--ssc-fail);
  }
  ol.fix-next {
    margin: 0;
    padding-inline-start: 20px;
  }
  ol.fix-next li {
    margin: 4px 0;
  }
  .points {
    color: var(--ssc-muted);
    margin-inline-start: 6px;
    font-size: 0.85em;
  }
  .category {
    border-top: 1px solid var(--ssc-divider);
  }
  .category > button {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(48px, 120px) 9em auto;
    grid-template-areas: "title bar share chevron" "counts counts counts chevron";
    width: 100%;
    align-items: center;
    column-gap: 8px;
    padding: 10px 0;
    min-height: 44px;
  }
  .cat-title {
    grid-area: title;
  }
  .cat-bar {
    grid-area: bar;
    height: 8px;
    border-radius: 4px;
    overflow: hidden;
    background: var(--ssc-divider);
  }
  .cat-bar .fill {
    display: block;
    height: 100%;
    background: var(--ssc-level, var(--ssc-muted));
  }
  .cat-share {
    grid-area: share;
    font-size: 0.85em;
    white-space: nowrap;
    text-align: end;
  }
  .category .counts {
    grid-area: counts;
    font-size: 0.85em;
  }
  .chevron {
    grid-area: chevron;
  }
  .trend h4 {
    margin: 8px 0 2px;
    font-size: 0.9em;
    font-weight: 500;
    color: var(--ssc-muted);
  }
  .trend-line {
    display: block;
    width: 100%;
    height: 64px;
  }
  .trend-line polyline {
    fill: none;
    stroke: var(--primary-color, #03a9f4);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .trend-line .dot {
    stroke: var(--primary-color, #03a9f4);
    stroke-width: 7;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .trend-line .grid {
    stroke: var(--ssc-divider);
    stroke-dasharray: 4 4;
    vector-effect: non-scaling-stroke;
  }
  .trend-summary {
    margin: 2px 0 0;
    font-size: 0.85em;
  }
  ul.changes {
    margin: 0;
    padding-inline-start: 20px;
  }
  .chevron {
    transition: transform 0.15s;
  }
  [aria-expanded="true"] .chevron {
    transform: rotate(90deg);
  }
  ul.checks {
    list-style: none;
    margin: 0 0 8px;
    padding: 0;
  }
  .compact .score {
    font-size: 1.8em;
  }
  .compact .gauge {
    width: 100px;
  }
  /* A phone (390 px), or a narrow column of the sections view: the gauge and grade on one
     line, the meta below. A container query: the card's width, not the screen's, decides. */
  ha-card {
    container-type: inline-size;
  }
  @container (max-width: 480px) {
    .header {
      gap: 12px;
    }
    .gauge {
      width: 112px;
    }
    .meta {
      flex-basis: 100%;
    }
    /* The category's title gets the whole first line; its bar and share go below it. */
    .category > button {
      grid-template-columns: minmax(0, 1fr) auto auto;
      grid-template-areas: "title title chevron" "bar share chevron" "counts counts chevron";
      row-gap: 4px;
    }
  }
`,vt=o`
  :host {
    display: block;
    border-top: 1px solid var(--ssc-divider);
  }
  .row {
    display: flex;
    width: 100%;
    align-items: center;
    gap: 8px;
    padding: 8px 0;
    min-height: 40px;
  }
  .title {
    flex: 1;
  }
  .severity {
    font-size: 0.8em;
    color: var(--ssc-muted);
  }
  .details {
    padding: 0 0 12px 18px;
    font-size: 0.92em;
  }
  .details h4 {
    margin: 8px 0 2px;
    font-size: 0.9em;
    font-weight: 500;
    color: var(--ssc-muted);
  }
  .details p,
  .details ul {
    margin: 0;
  }
  .details ul {
    padding-inline-start: 18px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    margin-top: 8px;
    align-items: center;
  }
  .actions button {
    color: var(--primary-color, #03a9f4);
    text-decoration: underline;
  }
  .override {
    margin-top: 6px;
    font-style: italic;
  }
`;function yt(e,t){return{ok:!1,reason:e,message:t}}function $t(e,t){if("object"==typeof t&&null!==t&&"code"in t){const s=t.code;if("unauthorized"===s)return yt("not_admin",`${e}: administrator access required`);if("unknown_command"===s)return yt("command_unknown",`${e}: this Home Assistant version does not know the command`);if("string"==typeof s&&/^[a-z_]{1,64}$/.test(s))return yt("error",`${e} failed (${s})`)}return yt("error",3===t||3===t?.error?.code?`${e}: connection lost`:`${e} failed`)}function bt(e,t,s=String(t.type)){return wt(s,()=>e.sendMessagePromise(t))}async function wt(e,t){let s;const i=new Promise(t=>{s=setTimeout(()=>t(yt("error",`${e}: no answer within 30 s`)),3e4)});try{const s=t().then(e=>({ok:!0,value:e}),t=>$t(e,t));return await Promise.race([s,i])}catch(t){return $t(e,t)}finally{clearTimeout(s)}}function _t(e,t){return{ok:!0,source:e,value:t}}function kt(e,t,s){return{ok:!1,source:e,reason:t,message:s}}function xt(e,t){const[s,i]=Ue(e,t);if(void 0===s)return{ok:!0,value:i};const n=s.path.map(e=>"number"==typeof e?`[${e}]`:String(e)).join(".").replace(/\.\[/g,"[");return{ok:!1,field:""===n?"(response)":n}}function At(e,t){return kt(e,"invalid_response",`${e}: unexpected shape at ${t}`)}function Et(e,t,s,i){if(!t.ok)return kt(e,t.reason,t.message);const n=xt(t.value,s);return n.ok?_t(e,i(n.value)):At(e,n.field)}const St="security_scorecard/decisions",Mt="security_scorecard/decide",Pt=Ve({decisions:qe(We(),Ve({kind:Ie(["risk_accepted","mitigated"]),reason:We(),decided_at:Be(We())}))});class Ct extends Error{constructor(e,t=!1){super(e),this.unsupported=t,this.name="DecisionsError"}}function Tt(e,t){if(!t.ok)throw new Ct(t.message,"command_unknown"===t.reason);const s=xt(t.value,Pt);if(!s.ok)throw new Ct(`${e}: unexpected shape at ${s.field}`);const i={};for(const[e,t]of Object.entries(s.value.decisions))i[e]={kind:t.kind,reason:t.reason};return i}const Nt="security-scorecard-card",Ot="security-scorecard-check",Ut="security-scorecard-card-editor",jt=`custom:${Nt}`;function Ht(e,t){const s=()=>{customElements.get(e)||customElements.define(e,t)};null===document.querySelector("home-assistant")||customElements.get("home-assistant")?s():customElements.whenDefined("home-assistant").then(s)}class zt extends de{constructor(){super(...arguments),this.checkId="",this.override=null,this.pendingImport=null,this.language="en",this.editing=null,this.reason="",this.busy=!1,this.error=null}static{this.styles=[gt,vt]}render(){const e=ht(this.language);return q`<div class="decide">
      ${this.renderBody(e)} ${null!==this.error?q`<p class="notice error" role="alert">${e("decide.failed",{message:this.error})}</p>`:J}
    </div>`}renderBody(e){if(null!==this.override)return q`<button class="undo" ?disabled=${this.busy} @click=${()=>this.send(null)}>${e("decide.undo")}</button>`;if(null!==this.pendingImport){const t=this.pendingImport;return q`<p class="muted import-hint">${e("decide.import_hint",{decision:e(`check.override.${t.kind}`,{reason:t.reason})})}</p>
        <button class="import" ?disabled=${this.busy} @click=${()=>this.send(t)}>${e("decide.import")}</button>`}const t=this.editing;if(null===t)return q`<button class="accept" @click=${()=>this.open("risk_accepted")}>${e("decide.risk_accepted")}</button>
        <button class="mitigated" @click=${()=>this.open("mitigated")}>${e("decide.mitigated")}</button>`;const s=`reason-${this.checkId}`;return q`<form @submit=${e=>this.submit(e,t)}>
      <label for=${s}>${e("risk_accepted"===t?"decide.reason.risk_accepted":"decide.reason.mitigated")}</label>
      <input id=${s} class="reason" maxlength=${200} required .value=${this.reason} @input=${e=>this.reason=e.target.value} />
      <button class="save" type="submit" ?disabled=${this.busy||""===this.reason.trim()}>${e("decide.save")}</button>
      <button class="cancel" type="button" @click=${()=>this.editing=null}>${e("decide.cancel")}</button>
    </form>`}open(e){this.editing=e,this.reason="",this.error=null}submit(e,t){e.preventDefault();const s=this.reason.trim();""!==s&&this.send({kind:t,reason:s})}async send(e){if(void 0!==this.decide&&!this.busy){this.busy=!0,this.error=null;try{await this.decide(this.checkId,e),this.editing=null,this.reason=""}catch(e){this.error=e instanceof Error?e.message:"unknown error"}finally{this.busy=!1}}}}e([pe({attribute:!1})],zt.prototype,"checkId",void 0),e([pe({attribute:!1})],zt.prototype,"override",void 0),e([pe({attribute:!1})],zt.prototype,"pendingImport",void 0),e([pe({attribute:!1})],zt.prototype,"language",void 0),e([pe({attribute:!1})],zt.prototype,"decide",void 0),e([fe()],zt.prototype,"editing",void 0),e([fe()],zt.prototype,"reason",void 0),e([fe()],zt.prototype,"busy",void 0),e([fe()],zt.prototype,"error",void 0),Ht("security-scorecard-decide",zt);class It extends de{constructor(){super(...arguments),this.language="en",this.open=!1,this.compact=!1,this.pendingImport=null,this.renderCount=0}static{this.styles=[gt,vt]}willUpdate(e){void 0!==this.view&&(this.dataset.check=this.view.id)}render(){const e=this.view;if(void 0===e)return J;this.renderCount+=1;const t=ht(this.language),s=ft(this.language),i=`d-${e.id}`;return q`
      <button class="row" aria-expanded=${this.open?"true":"false"} aria-controls=${i} @click=${this.toggle}>
        <span class="status ${e.status}"><span class="dot" aria-hidden="true"></span>${t(`status.${e.status}`)}</span>
        <span class="title">${s.heading(e.check,e.status)}</span>
        <span class="severity">${t(`severity.${e.severity}`)}</span>
      </button>
      <div class="details" id=${i} ?hidden=${!this.open}>
        ${this.open?this.renderDetails(e,t,s):J}
      </div>
    `}renderDetails(e,t,s){const i="fail"===e.status||"warn"===e.status;return q`
      ${null!==e.override?q`<p class="override">${t(`check.override.${e.override.kind}`,{reason:e.override.reason})}</p>`:J}
      ${null===e.reason||i?J:q`<h4>${t("check.reason")}</h4><p class="reason">${s.message(e.reason)}</p>`}
      ${this.compact?J:q`<h4>${t("check.why")}</h4><p>${s.check(e.check,"why")}</p>`}
      ${e.evidence.length>0?q`<h4>${t("check.evidence")}</h4>
            <ul class="evidence">
              ${e.evidence.map(e=>q`<li>${s.evidence(e)}</li>`)}
            </ul>`:J}
      ${i?q`<h4>${t("check.fix")}</h4><p class="fix">${s.check(e.check,"fix")}</p>`:J}
      <div class="actions">
        <a href=${e.check.learnMoreUrl} target="_blank" rel="noopener noreferrer">${t("check.learn_more")}<span class="sr-only"> (${s.heading(e.check,e.status)})</span></a>
        ${i&&void 0!==e.check.fixPath?q`<button class="fix-path" @click=${()=>{return t=e.check.fixPath??"/",history.pushState(null,"",t),void window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}));var t}}>${t("check.open_fix")}</button>`:J}
      </div>
      ${void 0===this.decide||!i&&null===e.override?i&&null===e.override?q`<p class="muted hint">${t("check.override.hint")}</p>`:J:q`<security-scorecard-decide
            .checkId=${e.id}
            .override=${e.override}
            .pendingImport=${this.pendingImport}
            .language=${this.language}
            .decide=${this.decide}
          ></security-scorecard-decide>`}
    `}toggle(){this.open=!this.open,this.dispatchEvent(new CustomEvent("check-toggle",{detail:{id:this.view?.id,open:this.open},bubbles:!0,composed:!0}))}}e([pe({attribute:!1})],It.prototype,"view",void 0),e([pe({attribute:!1})],It.prototype,"language",void 0),e([pe({type:Boolean,reflect:!0})],It.prototype,"open",void 0),e([pe({type:Boolean})],It.prototype,"compact",void 0),e([pe({attribute:!1})],It.prototype,"decide",void 0),e([pe({attribute:!1})],It.prototype,"pendingImport",void 0),Ht(Ot,It);const Rt=[{id:"accounts",title:"Accounts & authentication"},{id:"network",title:"Network exposure & transport"},{id:"secrets",title:"Secrets & configuration"},{id:"updates",title:"Updates"},{id:"backups",title:"Backups & recovery"},{id:"host",title:"Host & add-ons"}],Dt=Rt.map(e=>e.id),Lt=200,Ft=Ze(We(),"non_blank",e=>""!==e.trim()),Bt=Ve({id:(qt=We(),Wt=/^[a-z0-9]+(?:-[a-z0-9]+)*$/,Ze(qt,"pattern",e=>Wt.test(e)||`Expected a ${qt.type} matching \`/${Wt.source}/\` but received "${e}"`)),kind:Ie(["risk_accepted","mitigated"]),reason:Ke(Ft,1,200)});var qt,Wt;const Vt=Fe({type:We(),title:Be(We()),categories:Be(Ke(He(Ie(Dt)),1,1/0)),compact:Be(ze()),hide_passed:Be(ze()),accepted:Be(Ze(He(Bt),"unique_ids",e=>{const t=new Set;for(const[s,i]of e.entries()){if(t.has(i.id))return`accepted[${s}].id "${i.id}" is listed twice`;t.add(i.id)}return!0})),view_layout:Be(Ge()),grid_options:Be(Ge()),visibility:Be(Ge()),layout_options:Be(Ge())});function Jt(e){if("object"!=typeof e||null===e||Array.isArray(e))throw new Error(`${Nt}: the configuration must be a mapping`);const[t]=Ue(e,Vt);if(void 0!==t)throw new Error(`${Nt}: ${function(e,t){const s=e.failures()[0]??e,[i,n,r]=s.path,o=`accepted[${String(n)}]`;switch(i){case void 0:return"the configuration must be a mapping";case"type":return"type must be a string";case"title":return"title must be a string";case"categories":return void 0===n?"categories must be a non-empty list":`unknown category "${String(s.value)}" (allowed: ${Dt.join(", ")})`;case"compact":case"hide_passed":return`${i} must be true or false`;case"accepted":return void 0===n?"unique_ids"===s.refinement?s.message:"accepted must be a list of {id, kind, reason}":void 0===r?`${o} must be a mapping with id, kind and reason`:"id"===r?`${o}.id must be a check id`:"kind"===r?`${o}.kind must be risk_accepted or mitigated`:"size"===s.refinement&&"string"==typeof s.value&&""!==s.value.trim()?`${o}.reason is longer than 200 characters`:`${o}.reason must be a non-empty string`;default:return i in t?`unknown option "${i}"`:`${i} is invalid`}}(t,e)}`);return e}function Gt(e){const t={};for(const s of e??[])t[s.id]={kind:s.kind,reason:s.reason};return t}function Kt(e){return new Set(e.categories??Rt.map(e=>e.id))}function Zt(){return{schema:[{name:"title",selector:{text:{}}},{name:"categories",selector:{select:{multiple:!0,options:Rt.map(e=>({value:e.id,label:e.title}))}}},{name:"compact",selector:{boolean:{}}},{name:"hide_passed",selector:{boolean:{}}}],computeLabel:e=>{const t=ht("en");return{title:t("editor.title"),categories:t("editor.categories"),compact:t("editor.compact"),hide_passed:t("editor.hide_passed")}[e.name]}}}const Qt=2,Xt="out_of_step",Yt="security_scorecard/subscribe: a change arrived that does not follow the facts held; reload the page";function es(e,t){const s=[...e],i=[...t];for(let e=0;e<Math.min(s.length,i.length);e++){const t=(s[e].codePointAt(0)??0)-(i[e].codePointAt(0)??0);if(0!==t)return t}return s.length-i.length}const ts=e=>"object"==typeof e&&null!==e&&!Array.isArray(e);function ss(e){return ts(e)&&"string"==typeof e.path?e.path:null}class is{constructor(e){this.deps=e,this.source={kind:"card"},this.local={}}setLocal(e){this.local=e}get current(){return this.source}applied(){const e=this.source;return"server"===e.kind?{...e.decisions}:"card"===e.kind?{...this.local}:{}}get editable(){return"server"===this.source.kind&&void 0!==this.deps.decide}importable(e){const t=this.source;return"server"!==t.kind||void 0!==t.decisions[e]?null:this.local[e]??null}get syncable(){return"unknown"!==this.source.kind}async refresh(e,t){const s=this.deps.readDecisions;if(void 0!==s&&t)try{this.source={kind:"server",decisions:await s(e)}}catch(e){this.source=!0===e.unsupported?{kind:"card"}:{kind:"unknown",message:e instanceof Error?e.message:"unknown error"}}else this.source={kind:"card"}}async decide(e,t,s){if(!this.editable||void 0===this.deps.decide)throw new Error("decisions are kept by the Security Scorecard integration, which is not loaded");this.source={kind:"server",decisions:await this.deps.decide(e,t,s)}}}function ns(e){const t=new Map,s=e.states??{};for(const i in s)if(i.startsWith("update.")){const n=s[i];void 0!==n&&t.set(i,{state:n,platform:e.entities?.[i]?.platform})}return t}const rs="security_scorecard/evaluations",os="history/history_during_period",as="sensor.security_scorecard_score",cs=Ve({evaluations:He(Ve({evaluated_at:We(),score:De(Le()),grade:We(),failing:He(We())}))}),ds=qe(We(),He(Ve({s:We(),lu:Le()})));function ls(e){const t=e.at(-1),s=e.at(-2);if(void 0===t||void 0===s)return null;const i=new Set(s.failing),n=new Set(t.failing);return{since:s.evaluatedAt,fixed:s.failing.filter(e=>!n.has(e)),added:t.failing.filter(e=>!i.has(e))}}const hs="security_scorecard",us=["user_added","user_updated","user_removed"];class ps{constructor(e,t){this.onChange=e,this.deps=t,this.state={kind:"loading"},this.trend=null,this.connected=!1,this.overrides={},this.updates=new Map,this.unsubs=[],this.listeners=[],this.generation=0,this.collecting=null,this.wanted=null,this.pendingServer=void 0,this.overdue=!1,this.lastSync=null,this.scoreState=void 0,this.decisions=new is(t)}setHass(e){const t=this.hass;this.hass=e,this.connected&&(void 0!==t&&t.connection===e.connection&&fs(t)===fs(e)?(ys(t)!==ys(e)&&this.refresh("all"),this.checkUpdates(),gs(e)&&e.states?.[vs(e)]!==this.scoreState&&this.refreshTrend()):this.restart())}setOverrides(e){this.overrides=e,this.decisions.setLocal(e),"ready"===this.state.kind&&this.show(this.state.facts)}async decide(e,t){const s=this.conn;if(void 0===s)throw new Error("not connected");await this.decisions.decide(s,e,t),"ready"===this.state.kind&&this.show(this.state.facts)}connect(){this.connected||(this.connected=!0,void 0!==this.hass&&this.restart())}disconnect(){this.connected=!1,this.teardown()}retry(){this.refresh()}restart(){this.teardown();const e=this.hass;if(void 0===e)return;if(!fs(e))return this.state={kind:"not_admin"},void this.onChange();const t=e.connection;this.conn=t;const s=this.generation,i=(e,i)=>{const n=()=>{s===this.generation&&i()};t.addEventListener(e,n),this.listeners.push(()=>t.removeEventListener(e,n))};i("disconnected",()=>this.markStale()),i("ready",()=>{this.refresh()}),this.unsubs.push($s(t.subscribeEvents(()=>{this.refresh(["config"])},"core_config_updated")));for(const e of us)this.unsubs.push($s(t.subscribeEvents(()=>{this.refresh(["users"])},e)));if(gs(e)){let e,i;this.serverLatest=new Promise((t,s)=>e={resolve:t,reject:s}),this.serverLatest.catch(()=>{});const n=t.subscribeMessage(t=>{if(s!==this.generation)return;const n=function(e,t){if(!ts(t)||2!==t.contract||!(e=>"number"==typeof e&&Number.isSafeInteger(e))(t.seq))return{ok:!0,stream:{seq:-1,message:t}};if("full"===t.kind)return{ok:!0,stream:{seq:t.seq,message:t}};if("delta"!==t.kind||void 0===e||!ts(e.message)||t.base!==e.seq)return{ok:!1,message:Yt};const s=t.parts;if(!ts(s))return{ok:!1,message:Yt};let i={...e.message,...s,seq:t.seq};if(void 0!==t.outline){if(!ts(t.outline))return{ok:!1,message:Yt};const s=function(e,t){const s=t.files,i=t.removed;if(!Array.isArray(s)||!Array.isArray(i)||!i.every(e=>"string"==typeof e))return null;const n=new Map;if(ts(e)&&Array.isArray(e.files))for(const t of e.files){const e=ss(t);null!==e&&n.set(e,t)}for(const e of i)n.delete(e);for(const e of s){const t=ss(e);if(null===t)return null;n.set(t,e)}const{files:r,removed:o,...a}=t,c=[...n.keys()].sort(es).map(e=>n.get(e));return{...a,files:c}}(e.message.outline,t.outline);if(null===s)return{ok:!1,message:Yt};i={...i,outline:s}}return{ok:!0,stream:{seq:t.seq,message:i}}}(i,t);if(!n.ok){i=void 0;const t={code:Xt,message:n.message},s=Promise.reject(t);return s.catch(()=>{}),this.serverLatest=s,e.reject(t),void this.refresh()}i=n.stream,this.serverLatest=Promise.resolve(i.message),e.resolve(i.message),this.onServerFacts(i.message)},{type:"security_scorecard/subscribe",contract:2});n.catch(t=>e.reject(t)),this.unsubs.push($s(n))}this.startTimer(),this.updates=ns(e),this.refresh(),gs(e)?this.refreshTrend():this.trend=null}async refreshTrend(){const e=this.hass,t=this.conn,s=this.deps.loadTrend;if(void 0===e||void 0===t||void 0===s||!fs(e))return;const i=vs(e);this.scoreState=e.states?.[i];const n=this.generation,r=e.states?.[i];if(await this.loadEngine(),n!==this.generation)return;const o=await s(t,{entityId:i,history:!0===e.config?.components?.includes("history"),now:this.deps.now(),...r?{current:{state:r.state,last_changed:r.last_changed}}:{}});n===this.generation&&(this.trend=o,this.onChange())}async loadEngine(){return this.engine??=await this.deps.engine()}teardown(){this.generation+=1;for(const e of this.listeners)e();this.listeners=[];for(const e of this.unsubs)e.then(e=>e?.()).catch(()=>{});this.unsubs=[],clearTimeout(this.syncTimer),clearInterval(this.refreshTimer),this.stopVisibility?.(),this.collecting=null,this.wanted=null,this.pendingServer=void 0,this.serverLatest=void 0}startTimer(){const e=Math.max(6e4,this.deps.refreshMs),t=()=>void 0===this.hass?Promise.resolve():this.refresh(function(e){const t=["cloud","backup","supervisor"];return gs(e)||t.push("current_user","own_tokens"),t}(this.hass));if(this.refreshTimer=setInterval(()=>{"undefined"!=typeof document&&document.hidden?this.overdue=!0:t()},e),"undefined"!=typeof document){const e=()=>{!document.hidden&&this.overdue&&t()};document.addEventListener("visibilitychange",e),this.stopVisibility=()=>document.removeEventListener("visibilitychange",e)}}refresh(e="all"){const t=this.wanted;return this.wanted="all"===e||"all"===t?"all":new Set([...t??[],...e]),null!==this.collecting||(this.collecting=(async()=>{do{const e=this.wanted??"all";this.wanted=null,await this.collectOnce(e)}while(null!==this.wanted&&this.connected)})().finally(()=>{this.collecting=null})),this.collecting}async collectOnce(e){const t=this.hass,s=this.conn;if(void 0===t||void 0===s)return;const i=this.generation;this.overdue=!1;const n="all"!==e&&"ready"===this.state.kind?this.state.facts:null;let r,o,a;try{o=await this.loadEngine(),a=this.decisions.refresh(s,gs(t));const i=this.serverLatest,c={isAdmin:!0,components:t.config?.components??[],entities:o.hassEntities(()=>this.hass??t),...i?{serverFacts:()=>i}:{}};if(null===n||"all"===e)r=await this.deps.collect(s,c);else{const t=[...e],i=this.deps.now(),a=0===t.length?n:await this.deps.collect(s,{...c,only:t,now:()=>i});r=o.mergeFacts(n,a,t,i)}}catch(e){if(i!==this.generation)return;return void("ready"===this.state.kind?this.markStale():(this.state={kind:"error",message:e instanceof Error?e.message.split("\n")[0]??"":"unknown error"},this.onChange()))}await a,i===this.generation&&(!1!==s.connected?(void 0!==this.pendingServer&&(r=o.mergeServerFacts(r,this.pendingServer),this.pendingServer=void 0),this.updates=ns(this.hass??t),this.show(r,!1)):this.markStale())}onServerFacts(e){"ready"===this.state.kind&&null===this.collecting&&void 0!==this.engine?this.show(this.engine.mergeServerFacts(this.state.facts,e)):this.pendingServer=e}checkUpdates(){const e=this.hass;if(void 0===e||"ready"!==this.state.kind||void 0===this.engine)return;const t=ns(e);(function(e,t){if(e.size!==t.size)return!0;for(const[s,i]of t){const t=e.get(s);if(void 0===t||t.state!==i.state||t.platform!==i.platform)return!0}return!1})(this.updates,t)&&(this.updates=t,this.show(this.engine.patchUpdates(this.state.facts,e)))}markStale(){"ready"!==this.state.kind||this.state.stale||(this.state={...this.state,stale:!0},this.onChange())}show(e,t="ready"===this.state.kind&&this.state.stale){const s=this.deps.evaluate(e,{now:this.deps.now(),overrides:this.decisions.applied()}),i=function(e,t){const s=new Map;for(const i of e.categories)for(const e of i.checks){const i=e.result.reason??null,n=JSON.stringify([e.status,e.severity,e.result.evidence,i,e.override]),r=t.get(e.check.id);s.set(e.check.id,void 0!==r&&r.key===n&&r.check===e.check?r:{id:e.check.id,check:e.check,status:e.status,severity:e.severity,evidence:e.result.evidence,reason:i,override:e.override,key:n})}return s}(s,"ready"===this.state.kind?this.state.views:new Map);this.state={kind:"ready",facts:e,scorecard:s,views:i,stale:t,backendAbsent:bs(e,s)},this.onChange(),this.scheduleSync()}scheduleSync(){const e=this.hass;void 0!==e&&fs(e)&&gs(e)&&(clearTimeout(this.syncTimer),this.syncTimer=setTimeout(()=>{this.sync()},this.deps.syncDelayMs))}async sync(){const e=this.conn;if("ready"!==this.state.kind||void 0===e||this.state.stale)return;if(!this.state.facts.accounts.ok&&"backend_absent"===this.state.facts.accounts.reason)return;if(!this.decisions.syncable)return;const t=this.engine;if(void 0===t)return;const s=t.syncPayload(this.state.scorecard);if(!(null===s||null!==this.lastSync&&t.sameFindings(this.lastSync,s)))try{await e.sendMessagePromise({type:"security_scorecard/sync",...s}),this.lastSync=s}catch{}}}function fs(e){return!0===e.user?.is_admin}function gs(e){return!0===e.config?.components?.includes(hs)}const ms=new WeakMap;function vs(e){const t=e.entities;if(void 0===t)return as;let s=ms.get(t);return void 0===s&&(s=Object.values(t).find(e=>e.entity_id.startsWith("sensor.")&&e.platform===hs)?.entity_id??as,ms.set(t,s)),s}function ys(e){return(e.config?.components??[]).join(",")}function $s(e){return e.catch(()=>{})}function bs(e,t){const s=t=>{const s=e[t];return!s.ok&&"backend_absent"===s.reason};let i=0;for(const e of t.categories)for(const t of e.checks){const e=new Set(t.check.optional??[]);"not_assessed"===t.status&&t.check.needs.some(t=>!e.has(t)&&s(t))&&(i+=1)}return i}let ws,_s;function ks(){return ws??=import("./security-scorecard-engine-CYt9Zbj7.js").then(e=>{var t;return t={english:e.ENGLISH_TEXTS,make:e.makeTexts},ut=t,_s=e})}const xs={engine:ks,collect:async(e,t)=>(await ks()).collectFacts(e,t),evaluate:(e,t)=>{if(void 0===_s)throw new Error("evaluate before the engine was loaded");return _s.evaluate(e,t)},now:()=>new Date,syncDelayMs:5e3,refreshMs:3e5,loadTrend:async function(e,t){const s=new Date(t.now.getTime()-2592e6).toISOString(),[i,n]=await Promise.allSettled([e.sendMessagePromise({type:rs}),t.history?e.sendMessagePromise({type:os,start_time:s,entity_ids:[t.entityId],minimal_response:!0,no_attributes:!0,significant_changes_only:!0}):Promise.resolve(null)]),r="fulfilled"===i.status?function(e){const[t,s]=Ue(e,cs);return void 0!==t?new Error(`${rs}: unexpected answer at ${t.path.join(".")||"top level"}`):s.evaluations.map(e=>({evaluatedAt:e.evaluated_at,score:e.score,grade:e.grade,failing:e.failing}))}(i.value):null,o="fulfilled"===n.status&&null!==n.value?function(e,t){const[s,i]=Ue(e,ds);if(void 0!==s)return new Error(`${os}: unexpected answer at ${s.path.join(".")||"top level"}`);const n=[];for(const e of i[t]??[]){const t=Number(e.s);""!==e.s.trim()&&Number.isFinite(t)&&Number.isFinite(e.lu)&&n.push({at:1e3*e.lu,score:t})}return n.sort((e,t)=>e.at-t.at)}(n.value,t.entityId):null,a=Array.isArray(o)?function(e,t){const s=void 0===t||""===t.state.trim()?NaN:Number(t.state),i=void 0===t?NaN:Date.parse(t.last_changed),n=e.at(-1);return!Number.isFinite(s)||!Number.isFinite(i)||void 0!==n&&n.at>=i-1?[...e]:[...e,{at:i,score:s}]}(o,t.current):o;for(const e of[r,a])e instanceof Error&&console.warn(`security-scorecard-card: ${e.message}; left out`);return{points:a instanceof Error?null:a,changes:null===r||r instanceof Error?null:ls(r)}},readDecisions:e=>async function(e){return Tt(St,await bt(e,{type:St}))}(e),decide:(e,t,s)=>async function(e,t,s){const i=`${Mt} ${t}`,n={type:Mt,check_id:t,decision:null===s?null:{kind:s.kind,reason:s.reason}};let r=null;const o=await wt(i,()=>e.sendMessagePromise(n).catch(e=>{throw r=function(e){if("object"!=typeof e||null===e)return null;const{code:t,message:s}=e;return"invalid_format"!==t||"string"!=typeof s?null:s.replace(/\s+/g," ").trim().slice(0,200)||null}(e),e}));if(!o.ok&&null!==r)throw new Ct(`${i} refused: ${r}`);return Tt(i,o)}(e,t,s)};function As(e){return e>=80?"good":e>=50?"fair":"poor"}function Es(e,t){const s=function(e){const t=Math.PI*(1-Math.min(100,Math.max(0,e))/100);return{x:40*Math.cos(t),y:-40*Math.sin(t)}}(e??0);return q`<div class="gauge" data-level=${null===e?"none":As(e)}>
    <svg viewBox="-50 -50 100 56" aria-hidden="true" focusable="false">
      ${W`<path class="dial" d="M -40 0 A 40 40 0 0 1 40 0"></path>`}
      ${null===e||e<=0?J:W`<path class="value" d="M -40 0 A 40 40 0 0 1 ${s.x.toFixed(2)} ${s.y.toFixed(2)}"></path>`}
    </svg>
    <div class="score" role="img" aria-label=${`${t} ${e??"–"}`}>${e??"–"}</div>
  </div>`}function Ss(e){let t=0,s=0;for(const i of e.checks)null===i.credit||i.weight<=0||(t+=i.weight*i.credit,s+=i.weight);return 0===s?null:Math.round(100*t/s)}function Ms(e,t){return null===e?q`<span class="cat-share muted"></span>`:q`<span class="cat-bar" data-level=${As(e)} aria-hidden="true"><span class="fill" style="width: ${e}%"></span></span
    ><span class="cat-share">${t}</span>`}function Ps({trend:e,checks:t,t:s,texts:i,formatTime:n}){if(null===e)return J;const r=e.points??[],o=e.changes,a=r.length>0?function(e,t){const s=function(e){const t=e[0]?.at??0,s=(e.at(-1)?.at??0)-t;return e.map((i,n)=>({x:6+288*(s>0?(i.at-t)/s:e.length>1?n/(e.length-1):.5),y:6+52*(1-Math.min(100,Math.max(0,i.score))/100)}))}(e),i=t("trend.summary",{from:e[0]?.score??0,to:e.at(-1)?.score??0,count:e.length,days:30});return q`<svg
      class="trend-line"
      viewBox="0 0 ${300} ${64}"
      role="img"
      aria-label=${i}
      data-points=${e.length}
      preserveAspectRatio="none"
    >
      ${W`<line class="grid" x1="0" x2="${300}" y1="${32}" y2="${32}"></line>`}
      ${s.length>1?W`<polyline points=${s.map(e=>`${e.x.toFixed(1)},${e.y.toFixed(1)}`).join(" ")}></polyline>`:J}
      ${s.map(e=>W`<path class="dot" d="M ${e.x.toFixed(1)} ${e.y.toFixed(1)} h 0"></path>`)}
    </svg>
    <p class="muted trend-summary">${i}</p>`}(r,s):J,c=(e,s)=>e.map(e=>{const n=t.get(e);return q`<li data-check=${e}>${void 0===n?e:i.heading(n,s)}</li>`}),d=null!==o&&(o.fixed.length>0||o.added.length>0)?q`${o.fixed.length>0?q`<h4 class="fixed-since">${s("trend.fixed_since",{time:n(o.since)})}</h4>
              <ul class="changes fixed">${c(o.fixed,"pass")}</ul>`:J}
        ${o.added.length>0?q`<h4 class="new-since">${s("trend.new_since",{time:n(o.since)})}</h4>
              <ul class="changes added">${c(o.added,"fail")}</ul>`:J}`:J;return a===J&&d===J?J:q`<section class="trend">
    <h3>${s("trend.title")}</h3>
    ${a} ${d}
  </section>`}class Cs extends HTMLElement{constructor(){super(...arguments),this._narrow=!1}set hass(e){this._hass=e,this.sync()}get hass(){return this._hass}set narrow(e){this._narrow=e,this.sync()}get narrow(){return this._narrow}connectedCallback(){if(void 0!==this.card)return;const e=this.attachShadow({mode:"open"}),t=document.createElement("style");t.textContent="\n  :host { display: block; min-height: 100%; background: var(--primary-background-color); }\n  .toolbar {\n    display: flex; align-items: center; gap: 8px; height: var(--header-height, 56px);\n    padding: 0 12px; box-sizing: border-box; font-size: 20px;\n    color: var(--app-header-text-color, var(--text-primary-color, #fff));\n    background: var(--app-header-background-color, var(--primary-color, #03a9f4));\n  }\n  h1 { margin: 0; font-size: inherit; font-weight: 400; }\n  .content { max-width: 960px; margin: 0 auto; padding: 16px; box-sizing: border-box; }\n  @media (max-width: 600px) { .content { padding: 8px; } }\n";const s=document.createElement("div");s.className="toolbar",this.menu=document.createElement("ha-menu-button"),this.heading=document.createElement("h1"),s.append(this.menu,this.heading);const i=document.createElement("div");i.className="content",this.card=document.createElement(Nt),this.card.setConfig?.({type:jt}),i.append(this.card),e.append(t,s,i),this.sync()}sync(){const e=this._hass;void 0!==this.card&&void 0!==e&&(void 0!==this.heading&&(this.heading.textContent=ht(rt(e))("card.name")),void 0!==this.menu&&(this.menu.hass=e,this.menu.narrow=this._narrow),this.card.hass=e)}}Ht("security-scorecard-panel",Cs);export{yt as $,J as A,He as B,jt as C,xs as D,Ut as E,Je as F,We as G,Le as H,Ve as I,De as J,Ie as K,ze as L,Lt as M,Re as N,Fe as O,Be as P,Qt as Q,xt as R,ps as S,_t as T,At as U,kt as V,Yt as W,Xt as X,Ge as Y,bt as Z,e as _,Zt as a,Ze as a0,qe as a1,Et as a2,wt as a3,Xe as a4,Qe as a5,dt as b,mt as c,ht as d,q as e,ft as f,Es as g,Kt as h,de as i,Ae as j,Ot as k,rt as l,Ht as m,Nt as n,Gt as o,ct as p,Ss as q,fe as r,gt as s,Ps as t,Ms as u,Jt as v,o as w,Rt as x,pe as y,je as z};
